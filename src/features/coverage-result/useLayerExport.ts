import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { buildNavigatorLayer, layerFileName } from '../../lib/navigatorLayer';
import { metricDisplayName } from '../../lib/scores';
import { toTestedTechniques, type ExportRow } from './exportResults';

/** Builds one Navigator layer file for a metric, with the texts (name, comments, legend) in the user's language. */
export function useLayerExport(coverageName: string) {
  const t = useT();
  return useCallback(
    (rows: readonly ExportRow[], metric: string) => {
      const label = metricDisplayName(metric);
      const layer = buildNavigatorLayer(toTestedTechniques(rows), metric, {
        name: t('result.layer.name', { coverage: coverageName, metric: label }),
        description: t('result.layer.description', { coverage: coverageName, metric: label }),
        placeholderComment: t('result.layer.placeholder'),
        placeholderLegend: t('result.layer.placeholderLegend'),
        scoreLine: (result, score) =>
          score === null
            ? t('result.layer.noScoreLine', { result, metric: label })
            : t('result.layer.scoreLine', { result, metric: label, score }),
        lowLegend: t('result.layer.low', { metric: label }),
        highLegend: t('result.layer.high', { metric: label }),
      });
      return {
        content: `${JSON.stringify(layer, null, 2)}\n`,
        fileName: layerFileName(coverageName, label),
        techniques: layer.techniques.length,
      };
    },
    [t, coverageName],
  );
}
