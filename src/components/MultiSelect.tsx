import { useId } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select from '@mui/material/Select';

interface Option {
  id: string;
  label: string;
}

/** A compact multi-choice select with checkboxes; with `anyLabel`, an empty choice reads as "any" (filters). */
export function MultiSelect({
  label,
  anyLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  anyLabel?: string;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const id = useId();
  const names = new Map(options.map((o) => [o.id, o.label]));
  return (
    <FormControl size="small" sx={{ minWidth: 170 }}>
      <InputLabel id={`${id}-label`} shrink={anyLabel !== undefined || value.length > 0}>
        {label}
      </InputLabel>
      <Select
        labelId={`${id}-label`}
        multiple
        displayEmpty={anyLabel !== undefined}
        value={[...value]}
        onChange={(event) => {
          const next = event.target.value;
          onChange(typeof next === 'string' ? next.split(',') : next);
        }}
        input={<OutlinedInput label={label} notched={anyLabel !== undefined || value.length > 0} />}
        renderValue={(selected) =>
          selected.length === 0
            ? (anyLabel ?? '')
            : selected.map((s) => names.get(s) ?? s).join(', ')
        }
      >
        {options.map((option) => (
          <MenuItem key={option.id} value={option.id}>
            <Checkbox checked={value.includes(option.id)} size="small" />
            <ListItemText primary={option.label} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
