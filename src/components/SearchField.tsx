import { useEffect, useRef, useState } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';

const DEBOUNCE_MS = 300;

/**
 * A search box that reports its (trimmed) text once the user pauses typing. `value` is the search in effect (from
 * the URL): when it changes from elsewhere (back/forward), the box follows; its own reports never overwrite typing.
 * With `submitOnEnter`, Enter reports the text at once.
 */
export function SearchField({
  value,
  onSearch,
  label,
  submitOnEnter = false,
  sx = { minWidth: { sm: 320 } },
}: {
  value: string;
  onSearch: (search: string) => void;
  label: string;
  submitOnEnter?: boolean;
  sx?: SxProps<Theme>;
}) {
  const [text, setText] = useState(value);
  const [sent, setSent] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setSent(value);
      setText(value);
    }
  }
  // The latest callback, so that a parent's new function on each render does not restart the wait.
  const report = useRef(onSearch);
  useEffect(() => {
    report.current = onSearch;
  });
  useEffect(() => {
    const search = text.trim();
    if (search === sent) return undefined;
    const timer = setTimeout(() => {
      setSent(search);
      report.current(search);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, sent]);
  return (
    <TextField
      type="search"
      size="small"
      label={label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (!submitOnEnter || event.key !== 'Enter') return;
        const search = text.trim();
        setSent(search);
        onSearch(search);
      }}
      sx={sx}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" aria-hidden />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
