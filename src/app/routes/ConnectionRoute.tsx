import { useNavigate } from 'react-router';
import { usePaths } from '../../config/useAppConfig';
import { ConnectionPage } from '../../features/connection/ConnectionPage';

/** /dashboard/connection — signs in to a live OpenCTI, then opens the Security Coverages. */
export function ConnectionRoute() {
  const navigate = useNavigate();
  const paths = usePaths();
  return <ConnectionPage onConnected={() => void navigate(paths.securityCoverages)} />;
}
