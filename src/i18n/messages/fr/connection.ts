import type { connection as en } from '../en/connection';

export const connection: Record<keyof typeof en, string> = {
  'connection.title': 'Se connecter à OpenCTI',
  'connection.demo':
    "Ceci est la démo : la console parle à un OpenCTI qui tourne dans votre navigateur, avec un OpenAEV simulé. Aucune connexion n'est nécessaire.",
  'connection.intro':
    "Saisissez l'adresse de votre plateforme OpenCTI et un jeton d'API. Le jeton reste dans cet onglet sauf si vous choisissez de le mémoriser.",
  'connection.url': "URL d'OpenCTI",
  'connection.url.help':
    'Par exemple https://opencti.example.org. Laissez vide pour utiliser {endpoint} sur ce site.',
  'connection.url.invalid':
    'Saisissez une adresse http:// ou https://, comme https://opencti.example.org.',
  'connection.token': "Jeton d'API",
  'connection.token.help':
    'Dans OpenCTI : votre profil, puis « Accès API ». Laissez vide si un proxy sur ce site ajoute le jeton.',
  'connection.token.show': 'Afficher le jeton',
  'connection.token.hide': 'Masquer le jeton',
  'connection.remember': 'Se souvenir sur cet appareil',
  'connection.remember.warning':
    "Le jeton restera dans ce navigateur après sa fermeture. Ne l'utilisez que sur un appareil personnel, et déconnectez-vous ensuite.",
  'connection.test': 'Tester la connexion',
  'connection.connect': 'Se connecter',
  'connection.signOut': 'Se déconnecter',
  'connection.signIn': 'Se connecter à OpenCTI',
  'connection.testing': 'Test de la connexion…',
  'connection.failed': 'La connexion ne fonctionne pas',
  'connection.problem.badUrl': "L'URL n'est pas une adresse http:// ou https://.",
  'connection.problem.unreachable':
    "Rien n'a répondu à cette adresse. Vérifiez l'URL, que le serveur fonctionne, et votre réseau.",
  'connection.problem.timeout':
    "Le serveur n'a pas répondu à temps. Il est peut-être surchargé ; réessayez.",
  'connection.problem.cors':
    "Le serveur a répondu mais refuse ce site (CORS). Servez la console depuis la même origine qu'OpenCTI (voir le README) ou autorisez cette origine sur le serveur.",
  'connection.problem.wrongUrl':
    "Quelque chose a répondu à cette adresse, mais pas l'API GraphQL d'OpenCTI. Vérifiez l'URL : c'est l'adresse de la plateforme, sans /graphql.",
  'connection.problem.badToken':
    'OpenCTI a refusé le jeton (authentification requise). Copiez à nouveau le jeton depuis votre profil OpenCTI.',
  'connection.problem.noKnowledge':
    "Vous êtes connecté, mais cet utilisateur ne peut pas lire la connaissance dans OpenCTI (capacité KNOWLEDGE). Demandez l'accès à un administrateur.",
  'connection.problem.server':
    'OpenCTI a répondu par une erreur. Réessayez ; si elle persiste, consultez les journaux du serveur.',
  'connection.ok': 'Connecté à OpenCTI {version} en tant que {user}',
  'connection.versionUnknown': '(version inconnue)',
  'connection.access.full': 'Vous pouvez créer, modifier et supprimer des couvertures de sécurité.',
  'connection.access.readOnly':
    "Lecture seule : cet utilisateur n'a pas KNOWLEDGE_KNUPDATE, la console ne proposera donc pas de créer ni de modifier des couvertures.",
  'connection.openaev': 'Plateforme OpenAEV : {url}.',
  'connection.openaev.none':
    "Aucune URL de plateforme OpenAEV n'est définie dans les paramètres d'OpenCTI.",
};
