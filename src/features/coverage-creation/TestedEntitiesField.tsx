import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { useT } from '../../i18n/useT';

export interface TestableItem {
  id: string;
  entity_type: string;
  name: string;
  x_mitre_id: string | null;
}

/** Optional: which of the covered entity's attack patterns and vulnerabilities a manual assessment covers. */
export function TestedEntitiesField({
  items,
  value,
  onChange,
}: {
  items: readonly TestableItem[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="body2">
        {t('creation.field.tested')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {items.length === 0 ? t('creation.field.testedNone') : t('creation.field.testedHelp')}
      </Typography>
      {items.length > 0 ? (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 0.5 }}>
            <Typography variant="caption" role="status">
              {t('creation.field.testedCount', { selected: value.length, total: items.length })}
            </Typography>
            <Button size="small" onClick={() => onChange(items.map((i) => i.id))}>
              {t('creation.field.selectAll')}
            </Button>
            <Button size="small" onClick={() => onChange([])}>
              {t('creation.field.selectNone')}
            </Button>
          </Box>
          <Box
            sx={{
              maxHeight: 220,
              overflow: 'auto',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              px: 1,
            }}
          >
            {items.map((item) => (
              <FormControlLabel
                key={item.id}
                sx={{ display: 'flex' }}
                control={
                  <Checkbox
                    size="small"
                    checked={value.includes(item.id)}
                    onChange={() => toggle(item.id)}
                  />
                }
                label={
                  <Box
                    component="span"
                    sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
                  >
                    <EntityTypeIcon type={item.entity_type} />
                    {item.x_mitre_id ? `[${item.x_mitre_id}] ${item.name}` : item.name}
                  </Box>
                }
              />
            ))}
          </Box>
        </>
      ) : null}
    </Box>
  );
}
