import SecurityIcon from '@mui/icons-material/Security';
import DescriptionIcon from '@mui/icons-material/Description';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import CampaignIcon from '@mui/icons-material/Campaign';
import DiamondIcon from '@mui/icons-material/Diamond';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import BusinessCenterIcon from '@mui/icons-material/BusinessCenter';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import BugReportIcon from '@mui/icons-material/BugReport';
import DevicesIcon from '@mui/icons-material/Devices';
import CategoryIcon from '@mui/icons-material/Category';
import type { SvgIconProps } from '@mui/material/SvgIcon';

const ICONS: Record<string, typeof SecurityIcon> = {
  'Security-Coverage': SecurityIcon,
  Report: DescriptionIcon,
  Grouping: WorkspacesIcon,
  Campaign: CampaignIcon,
  'Intrusion-Set': DiamondIcon,
  Incident: ReportProblemIcon,
  'Case-Incident': BusinessCenterIcon,
  'Attack-Pattern': LockOpenIcon,
  Vulnerability: BugReportIcon,
  SecurityPlatform: DevicesIcon,
};

/** The icon of an OpenCTI entity type (decorative: the type is always written next to it). */
export function EntityTypeIcon({ type, ...props }: { type: string } & SvgIconProps) {
  const Icon = ICONS[type] ?? CategoryIcon;
  return <Icon aria-hidden fontSize="small" {...props} />;
}
