import { NavLink } from 'react-router';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListItem from '@mui/material/ListItem';
import ListSubheader from '@mui/material/ListSubheader';
import Toolbar from '@mui/material/Toolbar';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { usePaths } from '../../config/useAppConfig';
import { ENTITY_TYPE_SEGMENT } from '../../lib/entityTypes';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';

export const NAV_WIDTH = 232;

interface NavItem {
  label: MessageKey;
  type: string;
  to: (p: ReturnType<typeof usePaths>) => string;
}

const GROUPS: { label: MessageKey; items: NavItem[] }[] = [
  {
    label: 'nav.analyses',
    items: [
      { label: 'nav.securityCoverages', type: 'Security-Coverage', to: (p) => p.securityCoverages },
      {
        label: 'nav.reports',
        type: 'Report',
        to: (p) => p.entityList(ENTITY_TYPE_SEGMENT.Report),
      },
      {
        label: 'nav.groupings',
        type: 'Grouping',
        to: (p) => p.entityList(ENTITY_TYPE_SEGMENT.Grouping),
      },
    ],
  },
  {
    label: 'nav.threats',
    items: [
      {
        label: 'nav.campaigns',
        type: 'Campaign',
        to: (p) => p.entityList(ENTITY_TYPE_SEGMENT.Campaign),
      },
      {
        label: 'nav.intrusionSets',
        type: 'Intrusion-Set',
        to: (p) => p.entityList(ENTITY_TYPE_SEGMENT['Intrusion-Set']),
      },
    ],
  },
  {
    label: 'nav.events',
    items: [
      {
        label: 'nav.incidents',
        type: 'Incident',
        to: (p) => p.entityList(ENTITY_TYPE_SEGMENT.Incident),
      },
    ],
  },
  {
    label: 'nav.cases',
    items: [
      {
        label: 'nav.incidentResponses',
        type: 'Case-Incident',
        to: (p) => p.entityList(ENTITY_TYPE_SEGMENT['Case-Incident']),
      },
    ],
  },
];

/** The left navigation, grouped as in OpenCTI's menu. */
export function AppNavigation() {
  const t = useT();
  const paths = usePaths();
  return (
    <Drawer
      variant="permanent"
      sx={{
        display: { xs: 'none', md: 'block' },
        '& .MuiDrawer-paper': {
          width: NAV_WIDTH,
          boxSizing: 'border-box',
          borderRight: 1,
          borderColor: 'divider',
        },
      }}
    >
      <Toolbar />
      <nav aria-label={t('nav.label')}>
        {GROUPS.map((group) => (
          <List
            key={group.label}
            dense
            subheader={
              <ListSubheader
                component="li"
                disableSticky
                sx={{ bgcolor: 'transparent', lineHeight: '32px' }}
              >
                {t(group.label)}
              </ListSubheader>
            }
          >
            {group.items.map((item) => (
              <ListItem key={item.label} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={item.to(paths)}
                  sx={{
                    '&.active': {
                      bgcolor: 'action.selected',
                      '& .MuiListItemIcon-root': { color: 'primary.main' },
                    },
                  }}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>
                    <EntityTypeIcon type={item.type} />
                  </ListItemIcon>
                  <ListItemText primary={t(item.label)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        ))}
      </nav>
    </Drawer>
  );
}
