import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { styled } from '@mui/material/styles';
import { useT } from '../i18n/useT';

interface LabelLike {
  id: string;
  value?: string | null;
  color?: string | null;
}
interface MarkingLike {
  id: string;
  definition?: string | null;
  x_opencti_color?: string | null;
}

/** Static styles (record colours go inline): chip lists repeat in every row of long tables. */
const List = styled('span')(({ theme }) => ({
  display: 'flex',
  gap: theme.spacing(0.5),
  flexWrap: 'wrap',
  alignItems: 'center',
}));
const Empty = styled('span')(({ theme }) => ({
  color: theme.palette.text.secondary,
  fontSize: 13,
}));
const OutlinedChip = styled(Chip)(({ theme }) => ({
  borderColor: theme.palette.divider,
  '& .MuiChip-label': { overflow: 'hidden', textOverflow: 'ellipsis' },
}));

/**
 * The colours here are the records' own (set by analysts in OpenCTI), shown as a border next to readable text. A text
 * too long for the chip is cut with an ellipsis; the whole text stays in the title and in the accessibility tree.
 */
function ColoredChip({
  text,
  color,
  maxWidth,
}: {
  text: string;
  color?: string | null;
  maxWidth: number;
}) {
  return (
    <OutlinedChip
      size="small"
      variant="outlined"
      label={text}
      title={text}
      style={color ? { borderColor: color, maxWidth } : { maxWidth }}
    />
  );
}

function ChipList<T extends { id: string }>({
  items,
  max,
  text,
  color,
  empty,
  chipMaxWidth,
}: {
  items: readonly T[];
  max: number;
  chipMaxWidth: number;
  text: (item: T) => string;
  color: (item: T) => string | null | undefined;
  empty: string;
}) {
  const t = useT();
  if (items.length === 0) return <Empty>{empty}</Empty>;
  const shown = items.slice(0, max);
  const hidden = items.slice(max);
  return (
    <List>
      {shown.map((item) => (
        <ColoredChip key={item.id} text={text(item)} color={color(item)} maxWidth={chipMaxWidth} />
      ))}
      {hidden.length > 0 ? (
        <Tooltip title={hidden.map(text).join(', ')}>
          <Chip size="small" label={t('chips.more', { count: hidden.length })} />
        </Tooltip>
      ) : null}
    </List>
  );
}

export function LabelChips({
  labels,
  max = 3,
  chipMaxWidth = 160,
}: {
  labels: readonly LabelLike[] | null | undefined;
  max?: number;
  /** The widest a chip gets before its text is cut, in px. */
  chipMaxWidth?: number;
}) {
  const t = useT();
  return (
    <ChipList
      items={labels ?? []}
      max={max}
      chipMaxWidth={chipMaxWidth}
      text={(l) => l.value ?? ''}
      color={(l) => l.color}
      empty={t('chips.noLabel')}
    />
  );
}

export function MarkingChips({
  markings,
  max = 2,
  chipMaxWidth = 160,
}: {
  markings: readonly MarkingLike[] | null | undefined;
  max?: number;
  /** The widest a chip gets before its text is cut, in px. */
  chipMaxWidth?: number;
}) {
  const t = useT();
  return (
    <ChipList
      items={markings ?? []}
      max={max}
      chipMaxWidth={chipMaxWidth}
      text={(m) => m.definition ?? ''}
      color={(m) => m.x_opencti_color}
      empty={t('chips.noMarking')}
    />
  );
}
