import { useState } from 'react';
import { graphql, useFragment } from 'react-relay';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { useCan } from '../../components/Capabilities';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { DeleteCoverageDialog } from './DeleteCoverageDialog';
import type { CoverageResultEntry } from '../../lib/coverageResults';
import { OpenAevButton } from './OpenAevButton';
import { UpdateCoverageDrawer } from './UpdateCoverageDrawer';
import type { UpdateValues } from './updateForm';
import type { CoverageActions_coverage$key } from './__generated__/CoverageActions_coverage.graphql';

const fragment = graphql`
  fragment CoverageActions_coverage on SecurityCoverage {
    id
    name
    ...OpenAevButton_coverage
    ...UpdateCoverageDrawer_coverage
  }
`;

/** The page's actions: Open OpenAEV (automated), Update and Delete (only with the capabilities they need). */
export function CoverageActions({
  coverageRef,
  results,
}: {
  coverageRef: CoverageActions_coverage$key;
  /** The coverage's results, read the way the server's generation stores them. */
  results: readonly CoverageResultEntry[];
}) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const paths = usePaths();
  const navigate = useNavigate();
  const canUpdate = useCan('KNOWLEDGE_KNUPDATE');
  const canDelete = useCan('KNOWLEDGE_KNUPDATE_KNDELETE');
  const [open, setOpen] = useState<'update' | 'delete' | null>(null);
  const [draft, setDraft] = useState<UpdateValues | null>(null);
  return (
    <>
      <OpenAevButton coverageRef={coverage} results={results} />
      {canUpdate ? (
        <Button
          variant="contained"
          startIcon={<EditIcon aria-hidden />}
          onClick={() => setOpen('update')}
        >
          {t('coverage.action.update')}
        </Button>
      ) : null}
      {canDelete ? (
        <Button
          variant="outlined"
          color="error"
          startIcon={<DeleteOutlinedIcon aria-hidden />}
          onClick={() => setOpen('delete')}
        >
          {t('coverage.action.delete')}
        </Button>
      ) : null}
      {open === 'update' && canUpdate ? (
        <UpdateCoverageDrawer
          coverageRef={coverage}
          resultCount={results.length}
          draft={draft}
          onClose={(kept) => {
            setDraft(kept);
            setOpen(null);
          }}
        />
      ) : null}
      {open === 'delete' && canDelete ? (
        <DeleteCoverageDialog
          id={coverage.id}
          name={coverage.name}
          onClose={() => setOpen(null)}
          onDeleted={() => void navigate(paths.securityCoverages)}
        />
      ) : null}
    </>
  );
}
