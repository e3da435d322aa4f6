import { useRef, useState } from 'react';
import { graphql, useFragment } from 'react-relay';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useDescribeError } from '../../components/ErrorFallback';
import { isApiError } from '../../relay/errors';
import { useT } from '../../i18n/useT';
import { useUpdateSecurityCoverageMutation } from './UpdateSecurityCoverageMutation';
import { UpdateCoverageFields } from './UpdateCoverageFields';
import { toEdits, validateUpdate, valuesOf, type UpdateValues } from './updateForm';
import type { UpdateCoverageDrawer_coverage$key } from './__generated__/UpdateCoverageDrawer_coverage.graphql';

const fragment = graphql`
  fragment UpdateCoverageDrawer_coverage on SecurityCoverage {
    id
    name
    description
    auto_enrichment_disable
    periodicity
    duration
    type_affinity
    platforms_affinity
    external_uri
    coverage_information {
      coverage_name
      coverage_score
    }
    results {
      id
    }
    objectLabel {
      id
      value
    }
    objectMarking {
      id
      definition
    }
  }
`;

interface Props {
  coverageRef: UpdateCoverageDrawer_coverage$key;
  /** Edits kept from an earlier opening that was closed without saving or cancelling. */
  draft: UpdateValues | null;
  /** Closed: with the unsaved edits to keep (null when saved, cancelled or unchanged). */
  onClose: (draft: UpdateValues | null) => void;
}

/**
 * "Update": starts from what is already on the page, so opening it sends nothing; Save sends only what changed
 * (the scores as a whole), once; a failure keeps every edit and says why.
 */
export function UpdateCoverageDrawer({ coverageRef, draft, onClose }: Props) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const describe = useDescribeError();
  const mode = coverage.auto_enrichment_disable === true ? 'manual' : 'automated';
  const [initial] = useState<UpdateValues>(() => valuesOf(coverage));
  const [values, setValues] = useState<UpdateValues>(draft ?? initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const sending = useRef(false);
  const [update] = useUpdateSecurityCoverageMutation();
  const errors = validateUpdate(values, mode);
  const invalid = Object.keys(errors).length > 0;

  const save = async () => {
    setSubmitted(true);
    if (invalid || sending.current) return;
    const edits = toEdits(initial, values, mode);
    if (edits.length === 0) {
      onClose(null);
      return;
    }
    sending.current = true;
    setSaving(true);
    setServerError(null);
    try {
      await update(coverage.id, edits);
      onClose(null);
    } catch (error) {
      setServerError(error);
    } finally {
      sending.current = false;
      setSaving(false);
    }
  };

  // Closing (Escape, outside click, ×) keeps unsaved edits for the next opening; Cancel discards them.
  const close = () => {
    if (!saving) onClose(toEdits(initial, values, mode).length > 0 ? values : null);
  };

  return (
    <Drawer
      anchor="right"
      open
      onClose={close}
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': 'update-coverage-title',
          sx: { width: { xs: '100%', md: 640 } },
        },
      }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          px: 3,
          py: 2,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Typography id="update-coverage-title" variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {t('coverage.update.title')}
        </Typography>
        <IconButton onClick={close} aria-label={t('common.close')} disabled={saving}>
          <CloseIcon />
        </IconButton>
      </Box>
      <Box
        component="form"
        noValidate
        aria-labelledby="update-coverage-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        sx={{ display: 'grid', gap: 2.5, p: 3, overflow: 'auto' }}
      >
        <Typography variant="body2" color="text.secondary">
          {mode === 'manual' ? t('coverage.update.manualHelp') : t('coverage.update.automatedHelp')}
        </Typography>
        {mode === 'manual' && coverage.results && coverage.results.length > 1 ? (
          <Alert severity="info">
            {t('coverage.update.severalResults', { count: coverage.results.length })}
          </Alert>
        ) : null}
        <UpdateCoverageFields
          mode={mode}
          values={values}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          errors={submitted ? errors : {}}
          current={{
            labels: (coverage.objectLabel ?? []).map((l) => ({ id: l.id, label: l.value ?? '' })),
            markings: (coverage.objectMarking ?? []).map((m) => ({
              id: m.id,
              label: m.definition ?? '',
            })),
          }}
          serverNameError={
            isApiError(serverError) && serverError.field === 'name'
              ? serverError.message
              : undefined
          }
        />
        {submitted && invalid ? (
          <Alert severity="error">{t('coverage.update.fixErrors')}</Alert>
        ) : null}
        {serverError ? (
          <Alert severity="error" role="alert">
            {t('coverage.update.failed', { reason: describe(serverError) })}
          </Alert>
        ) : null}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
          <Button onClick={() => onClose(null)} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {saving ? t('coverage.update.saving') : t('coverage.update.save')}
          </Button>
        </Box>
      </Box>
    </Drawer>
  );
}
