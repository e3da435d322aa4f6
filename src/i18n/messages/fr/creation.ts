import type { creation as en } from '../en/creation';

export const creation: Record<keyof typeof en, string> = {
  'creation.button': 'Ajouter une couverture de sécurité',
  'creation.title': 'Ajouter une couverture de sécurité',
  'creation.close': 'Fermer',
  'creation.step.entity': "Choisir l'entité à couvrir",
  'creation.step.mode': 'Choisir le mode',
  'creation.step.details': 'Détails de la couverture',
  'creation.steps': 'Étapes',
  'creation.stepBack': 'Revenir à : {step}',
  'creation.mode.automated': "Automatisée par l'enrichissement",
  'creation.mode.automatedBody':
    "OpenAEV exécute des simulations d'attaque sur vos actifs, renvoie les scores de prévention, de détection et de vulnérabilité, puis les tient à jour.",
  'creation.mode.manual': 'Saisie manuelle',
  'creation.mode.manualBody':
    'Saisissez vous-même les métriques et les scores de couverture de cette entité.',
  'creation.mode.willRun':
    '{count, plural, one {Exécutée par : {names}} other {Exécutée par # connecteurs : {names}}}',
  'creation.mode.noConnector':
    "Aucun connecteur OpenAEV Coverage n'est disponible. Un administrateur système doit configurer OpenAEV comme connecteur d'enrichissement de cette plateforme OpenCTI (l'onglet Résultat nécessite OpenAEV 2.3.1 ou ultérieur).",
  'creation.mode.unhealthy':
    '{name} est {health, select, inactive {inactif} other {sans réponse (vu pour la dernière fois {seen})}}.',
  'creation.mode.unhealthyHelp':
    "Vérifiez qu'OpenAEV fonctionne et peut joindre OpenCTI, ou contactez un administrateur système.",
  'creation.mode.never': 'jamais',
  'creation.mode.noEligible':
    "Cet élément ({type}) ne contient aucune technique d'attaque avec un identifiant MITRE ATT&CK ni aucune vulnérabilité : OpenAEV n'a rien à tester. Ajoutez-en, ou utilisez la saisie manuelle.",
  'creation.eligible':
    "{attackPatterns, plural, =0 {Aucune technique d'attaque} one {# technique d'attaque} other {# techniques d'attaque}} et {vulnerabilities, plural, =0 {aucune vulnérabilité} one {# vulnérabilité} other {# vulnérabilités}} seront testées.",
  'creation.existing':
    'Cet élément ({type}) a déjà une couverture de sécurité : {name}. OpenCTI conserve une couverture par entité.',
  'creation.existing.open': "L'ouvrir",
  'creation.covering': 'Couverture de {type} : {name}',
  'creation.field.periodicity': 'Période de validité de la couverture',
  'creation.field.periodicityHelp':
    'OpenAEV simule de nouveau à cet intervalle ; les résultats plus anciens sont périmés.',
  'creation.field.metrics': 'Métriques évaluées',
  'creation.field.sourceUrlHelp': "D'où vient cette évaluation (http ou https).",
  'creation.field.tested': 'Entités à tester (facultatif)',
  'creation.field.testedHelp':
    "Choisissez les techniques d'attaque et les vulnérabilités de l'entité couverte que cette évaluation couvre.",
  'creation.field.testedNone':
    "Cette entité ne contient aucune technique d'attaque ni vulnérabilité.",
  'creation.field.testedCount': '{selected} sur {total} sélectionnées',
  'creation.field.selectAll': 'Tout sélectionner',
  'creation.field.selectNone': 'Ne rien sélectionner',
  'creation.submit': 'Créer',
  'creation.submitting': 'Création…',
  'creation.fixErrors': 'Certains champs doivent être corrigés avant de créer la couverture.',
  'creation.failed': "La couverture n'a pas été créée : {reason}",
  'creation.testedFailed':
    "La couverture a été créée, mais toutes les entités à tester n'y ont pas été liées : {reason} Elles sont toujours sélectionnées ; renvoyez pour terminer.",
  'creation.scoresFailed':
    "La couverture a été créée, mais ses scores n'ont pas été enregistrés : {reason} Ils sont toujours là ; renvoyez-les.",
  'creation.created': 'Couverture de sécurité « {name} » créée.',
  'creation.picker.search': 'Rechercher des entités',
  'creation.picker.type': "Type d'entité",
  'creation.picker.allTypes': 'Tous les types',
  'creation.picker.count': '{shown} sur {total}',
  'creation.picker.empty': 'Aucune entité ne correspond. Modifiez la recherche ou le type.',
  'creation.picker.hasCoverage': 'A une couverture',
  'creation.picker.openCoverage': 'Ouvrir sa couverture',
  'creation.picker.choose': 'Couvrir {name}',
};
