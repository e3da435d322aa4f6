import { MultiSelect } from './MultiSelect';
import { useT } from '../i18n/useT';

interface Option {
  id: string;
  label: string;
}

interface Props {
  labelOptions: Option[];
  markingOptions: Option[];
  labels: string[];
  markings: string[];
  onChange: (change: { labels?: string[]; markings?: string[] }) => void;
}

/** The labels and markings of a coverage, each chosen from the platform's list. */
export function LabelsMarkingsSelects(props: Props) {
  const t = useT();
  return (
    <>
      <MultiSelect
        label={t('form.field.labels')}
        options={props.labelOptions}
        value={props.labels}
        onChange={(labels) => props.onChange({ labels })}
      />
      <MultiSelect
        label={t('form.field.markings')}
        options={props.markingOptions}
        value={props.markings}
        onChange={(markings) => props.onChange({ markings })}
      />
    </>
  );
}
