import type { coverage as en } from '../en/coverage';

export const coverage: Record<keyof typeof en, string> = {
  'coverage.tab.overview': "Vue d'ensemble",
  'coverage.tab.result': 'Résultat',
  'coverage.tabs': 'Sections de la couverture de sécurité',
  'coverage.summary': 'Résumé de la couverture',
  'coverage.breadcrumbs': "Fil d'Ariane",
  'coverage.breadcrumbs.list': 'Couvertures de sécurité',
  'coverage.covers': 'Couvre le type {type}',
  'coverage.noCoveredEntity': "L'entité couverte n'est pas disponible.",
  'coverage.mode.automated': 'Automatisée',
  'coverage.mode.manual': 'Manuelle',
  'coverage.scores': 'Scores',
  'coverage.markings': 'Marquages',
  'coverage.labels': 'Libellés',
  'coverage.action.update': 'Modifier',
  'coverage.action.delete': 'Supprimer',
  'coverage.openaev.open': 'Ouvrir OpenAEV',
  'coverage.openaev.openNewTab': 'Ouvrir OpenAEV (nouvel onglet)',
  'coverage.openaev.choose': "Choisir l'instance OpenAEV",
  'coverage.openaev.provisioning': 'Provisionnement OpenAEV…',
  'coverage.delete.title': 'Supprimer cette couverture de sécurité ?',
  'coverage.delete.body':
    '« {name} » et tous ses résultats seront supprimés. L’entité couverte, ses techniques et ses vulnérabilités sont conservées. Cette action est définitive.',
  'coverage.delete.confirm': 'Supprimer',
  'coverage.delete.running': 'Suppression…',
  'coverage.delete.failed': "La couverture n'a pas été supprimée. {reason}",
  'coverage.update.title': 'Modifier la couverture de sécurité',
  'coverage.update.manualHelp':
    "L'enregistrement remplace les scores de la couverture par ceux ci-dessous. Rien n'est envoyé avant d'enregistrer.",
  'coverage.update.automatedHelp':
    'Les scores viennent des simulations OpenAEV et ne se modifient pas. Changer ces réglages demande à OpenAEV de mettre à jour son scénario.',
  'coverage.update.severalResults':
    'Cette couverture a {count} résultats ; ses scores en sont la moyenne. L’enregistrement met à jour son résultat manuel.',
  'coverage.update.save': 'Enregistrer',
  'coverage.update.saving': 'Enregistrement…',
  'coverage.update.fixErrors': "Certains champs sont à corriger avant d'enregistrer.",
  'coverage.update.failed':
    "Vos modifications n'ont pas été enregistrées ; elles sont conservées. {reason}",
  'coverage.field.metrics': 'Scores',
  'coverage.field.noMetric': 'Aucune métrique évaluée pour le moment.',
  'coverage.field.addMetric': 'Ajouter {metric}',
  'coverage.field.removeMetric': 'Retirer {metric}',
  'coverage.field.sourceUrlHelp': "D'où provient cette évaluation (http ou https).",
  'coverage.field.periodicity': 'Périodicité des simulations',
  'coverage.field.editLabelsMarkings': 'Modifier libellés et marquages',
  'coverage.field.notSet': 'Non défini',
};
