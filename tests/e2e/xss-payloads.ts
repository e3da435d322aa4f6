/**
 * Hostile text an attacker could plant in OpenCTI (names, descriptions, labels, result links). Each one, if it ever
 * ran, would call `alert` or set `window.__pwned`. None may run, and none may become a clickable unsafe link.
 */
export const XSS_TEXT: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><script>alert(1)</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click me</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  "'-alert(1)-'",
  '{{constructor.constructor("alert(1)")()}}',
  '[click](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x](JaVaScRiPt:alert(1))',
  '[x](vbscript:msgbox(1))',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<input autofocus onfocus="window.__pwned=1">',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
];

/** Result links an attacker could plant: none may become a link. */
export const XSS_URIS: readonly string[] = [
  'javascript:alert(1)',
  'JAVASCRIPT:window.__pwned=1',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'java\tscript:alert(1)',
];
