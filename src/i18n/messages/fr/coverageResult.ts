import type { coverageResult as en } from '../en/coverageResult';

export const coverageResult: Record<keyof typeof en, string> = {
  'result.type.SecurityPlatform': 'Plateforme de sécurité',
  'result.type.Indicator': 'Indicateur',
  'result.type.Artifact': 'Artefact',
  'result.title': 'Entités testées',
  'result.table': 'Résultats de couverture',
  'result.count.rows': '{count, plural, one {# ligne} other {# lignes}}',
  'result.count.placeholders': '{count, plural, one {# placeholder} other {# placeholders}}',
  'result.count.shown': '{shown} lignes sur {total} correspondent',
  'result.mode.manual': 'Résultats manuels',
  'result.mode.automated': 'Résultats OpenAEV',
  'result.loadingAll':
    'Chargement de toutes les lignes pour appliquer le filtre de score : {loaded} sur {total}',
  'result.pageFailed': "Des lignes n'ont pas pu être chargées",
  'result.loadingMore': 'Chargement de lignes supplémentaires',
  'result.search': 'Rechercher des entités testées',
  'result.filter.type': "Type d'entité",
  'result.filter.anyType': 'Tous les types',
  'result.filter.status': 'Résultat',
  'result.status.any': 'Couvert ou placeholder',
  'result.status.covered': 'Couvert',
  'result.status.placeholder': 'Placeholder',
  'result.filter.below': 'Score inférieur à',
  'result.filter.belowHelp': '1–100, toute métrique',
  'result.col.type': 'Type',
  'result.col.name': 'Nom',
  'result.col.coverage': 'Couverture',
  'result.col.labels': 'Libellés',
  'result.col.markings': 'Marquages',
  'result.col.result': 'Résultat',
  'result.col.actions': 'Actions',
  'result.col.lastModified': 'Dernière modification',
  'result.empty.title': 'Aucune entité testée pour le moment',
  'result.empty.body':
    "Les résultats apparaissent ici dès qu'OpenAEV a exécuté une simulation, ou dès qu'un résultat manuel liste les entités testées.",
  'result.empty.filteredTitle': 'Aucune ligne ne correspond',
  'result.empty.filteredBody': 'Modifiez la recherche ou les filtres pour voir plus de lignes.',
  'result.placeholder.why': 'Aucun résultat pour {name} : pourquoi ?',
  'result.placeholder.title': 'Aucun test exécutable : un placeholder',
  'result.placeholder.intro':
    "OpenAEV a généré un inject placeholder au lieu d'un test exécutable, pour l'une de ces raisons :",
  'result.placeholder.reasonUnknown':
    "le pattern d'attaque n'existe pas dans OpenAEV (il est rapproché par ID MITRE ATT&CK ou par nom) ;",
  'result.placeholder.reasonUnknownOther':
    "l'entité n'existe pas dans OpenAEV (elle est rapprochée par son identifiant ou par nom) ;",
  'result.placeholder.reasonPayload':
    "aucun payload compatible n'existe pour les plateformes et architectures déduites des groupes d'assets des Default Asset Rules (tag opencti).",
  'result.placeholder.stepsTitle': 'Comment obtenir un résultat',
  'result.placeholder.step1':
    "Vérifiez les Default Asset Rules dans OpenAEV : les groupes d'assets choisis pour le tag opencti donnent les plateformes et architectures qu'un payload doit supporter.",
  'result.placeholder.step2':
    'Vérifiez la disponibilité des payloads et activez les collecteurs « OpenAEV curated payloads » et « Atomic Red Team ».',
  'result.placeholder.step3':
    "Si aucun payload ne convient, créez un payload personnalisé dans OpenAEV pour {id}, sur les plateformes de vos groupes d'assets.",
  'result.placeholder.step4':
    "Relancez l'enrichissement de cette Security Coverage pour qu'OpenAEV reconstruise le scénario.",
  'result.placeholder.manualTitle': 'Aucun score saisi',
  'result.placeholder.manualBody':
    'Ce résultat manuel liste {name} comme testé mais ne lui donne encore aucun score. Modifiez la ligne pour saisir ses scores.',
  'result.placeholder.copyMitre': "Copier l'ID MITRE ATT&CK {id}",
  'result.placeholder.copyName': 'Copier {id}',
  'result.placeholder.copied': 'Copié',
  'result.placeholder.openEnrichment': "Ouvrir le panneau d'enrichissement",
  'result.edit.open': 'Modifier les scores de {name}',
  'result.edit.title': 'Scores de {name}',
  'result.edit.body': 'Scores de 0 à 100 pour cette entité testée dans ce résultat.',
  'result.edit.emptyHelp': 'Laisser vide pour aucun score',
  'result.edit.save': 'Enregistrer',
  'result.edit.failed':
    "Les scores n'ont pas été enregistrés ; vos valeurs sont toujours là. {reason}",
  'result.export': 'Exporter',
  'result.export.csv': 'Tableau en CSV',
  'result.export.layerHeader': 'Calque ATT&CK Navigator (4.5)',
  'result.export.layer': 'Calque {metric}',
  'result.export.progress': 'Export : {done} lignes sur {total}',
  'result.export.csvDone': '{count, plural, one {# ligne exportée} other {# lignes exportées}}',
  'result.export.layerDone':
    '{count, plural, one {Calque exporté avec # technique} other {Calque exporté avec # techniques}}',
  'result.export.failed': "L'export a échoué : {reason}",
  'result.layer.name': '{coverage} – {metric}',
  'result.layer.description':
    "Scores {metric} des patterns d'attaque testés par la Security Coverage « {coverage} ».",
  'result.layer.placeholder':
    "Placeholder : OpenAEV n'a aucun test exécutable pour cette technique (technique inconnue, ou aucun payload pour les plateformes ciblées).",
  'result.layer.placeholderLegend': 'Placeholder (aucun test exécutable)',
  'result.layer.scoreLine': '{result} : {metric} {score}',
  'result.layer.noScoreLine': '{result} : aucun score {metric}',
  'result.layer.low': '{metric} 0',
  'result.layer.high': '{metric} 100',
};
