import { useRef, useState } from 'react';
import { graphql, useFragment } from 'react-relay';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDescribeError } from '../../components/ErrorFallback';
import { FormDrawer } from '../../components/FormDrawer';
import { FormFooter } from '../../components/FormFooter';
import { isApiError } from '../../relay/errors';
import { useT } from '../../i18n/useT';
import { useUpdateSecurityCoverageMutation } from './UpdateSecurityCoverage';
import { UpdateCoverageFields } from './UpdateCoverageFields';
import { toEdits, validateUpdate, valuesOf, type UpdateValues } from './updateForm';
import type { UpdateCoverageDrawer_coverage$key } from './__generated__/UpdateCoverageDrawer_coverage.graphql';

const fragment = graphql`
  fragment UpdateCoverageDrawer_coverage on SecurityCoverage {
    id
    name
    description
    auto_enrichment_disable
    periodicity
    duration
    type_affinity
    platforms_affinity
    external_uri
    coverage_information {
      coverage_name
      coverage_score
    }
    objectLabel {
      id
      value
    }
    objectMarking {
      id
      definition
    }
  }
`;

interface Props {
  coverageRef: UpdateCoverageDrawer_coverage$key;
  /** How many results the coverage has: a manual update of several results' scores is worth a word. */
  resultCount: number;
  /** Edits kept from an earlier opening that was closed without saving or cancelling. */
  draft: UpdateValues | null;
  /** Closed: with the unsaved edits to keep (null when saved, cancelled or unchanged). */
  onClose: (draft: UpdateValues | null) => void;
}

/**
 * "Update": starts from what is already on the page, so opening it sends nothing; Save sends only what changed
 * (the scores as a whole), once; a failure keeps every edit and says why.
 */
export function UpdateCoverageDrawer({ coverageRef, resultCount, draft, onClose }: Props) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const describe = useDescribeError();
  const mode = coverage.auto_enrichment_disable === true ? 'manual' : 'automated';
  const [initial] = useState<UpdateValues>(() => valuesOf(coverage));
  const [values, setValues] = useState<UpdateValues>(draft ?? initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const sending = useRef(false);
  const [update] = useUpdateSecurityCoverageMutation();
  const errors = validateUpdate(values, mode);
  const invalid = Object.keys(errors).length > 0;

  const save = async () => {
    setSubmitted(true);
    if (invalid || sending.current) return;
    const edits = toEdits(initial, values, mode);
    if (edits.length === 0) {
      onClose(null);
      return;
    }
    sending.current = true;
    setSaving(true);
    setServerError(null);
    try {
      await update(coverage.id, edits);
      onClose(null);
    } catch (error) {
      setServerError(error);
    } finally {
      sending.current = false;
      setSaving(false);
    }
  };

  // Closing (Escape, outside click, ×) keeps unsaved edits for the next opening; Cancel discards them.
  const close = () => {
    if (!saving) onClose(toEdits(initial, values, mode).length > 0 ? values : null);
  };

  return (
    <FormDrawer
      titleId="update-coverage-title"
      title={t('coverage.update.title')}
      closeLabel={t('common.close')}
      onClose={close}
      closeDisabled={saving}
      width={640}
    >
      <Box
        component="form"
        noValidate
        aria-labelledby="update-coverage-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        sx={{ display: 'grid', gap: 2.5, p: 3, overflow: 'auto' }}
      >
        <Typography variant="body2" color="text.secondary">
          {mode === 'manual' ? t('coverage.update.manualHelp') : t('coverage.update.automatedHelp')}
        </Typography>
        {mode === 'manual' && resultCount > 1 ? (
          <Alert severity="info">
            {t('coverage.update.severalResults', { count: resultCount })}
          </Alert>
        ) : null}
        <UpdateCoverageFields
          mode={mode}
          values={values}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          errors={submitted ? errors : {}}
          current={{
            labels: (coverage.objectLabel ?? []).map((l) => ({ id: l.id, label: l.value ?? '' })),
            markings: (coverage.objectMarking ?? []).map((m) => ({
              id: m.id,
              label: m.definition ?? '',
            })),
          }}
          serverNameError={
            isApiError(serverError) && serverError.field === 'name'
              ? serverError.message
              : undefined
          }
        />
        <FormFooter
          fixErrors={submitted && invalid ? t('coverage.update.fixErrors') : null}
          failure={
            serverError ? t('coverage.update.failed', { reason: describe(serverError) }) : null
          }
          busy={saving}
          submitLabel={t('coverage.update.save')}
          busyLabel={t('coverage.update.saving')}
          onCancel={() => onClose(null)}
        />
      </Box>
    </FormDrawer>
  );
}
