import { NavLink, Outlet, useNavigation } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { hostPaths } from './paths';

const NAV = [
  { label: 'Reports', to: hostPaths.reports },
  { label: 'Security coverages', to: hostPaths.coverages },
];

/** The host's shell: its own top navigation around every page, the embedded coverage pages included. */
export function HostLayout() {
  const loading = useNavigation().state === 'loading';
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" color="primary" elevation={0}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography variant="h6" component="span" sx={{ fontWeight: 700 }}>
            CTI console
          </Typography>
          <Box component="nav" aria-label="CTI console" sx={{ display: 'flex', gap: 1 }}>
            {NAV.map((item) => (
              <Button
                key={item.to}
                component={NavLink}
                to={item.to}
                color="inherit"
                sx={{ '&[aria-current="page"]': { bgcolor: 'rgba(255, 255, 255, 0.16)' } }}
              >
                {item.label}
              </Button>
            ))}
          </Box>
        </Toolbar>
        {loading ? (
          <LinearProgress color="secondary" aria-label="Loading" sx={{ height: 2 }} />
        ) : null}
      </AppBar>
      <Container maxWidth="xl" component="main" sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </Box>
  );
}
