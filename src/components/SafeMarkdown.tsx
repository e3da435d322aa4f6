import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Markdown from 'react-markdown';
import { safeUrl } from '../lib/safeUrl';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** Only http, https and mailto URLs survive; anything else becomes an empty URL (and no link). */
export function markdownUrl(url: string): string {
  return safeUrl(url, LINK_SCHEMES) ?? '';
}

/**
 * Markdown written by analysts, rendered safely: raw HTML is not rendered (react-markdown's default), images are
 * not loaded, and links are links only for http, https and mailto, opening in a new tab without an opener.
 */
export function SafeMarkdown({ children, newTabLabel }: { children: string; newTabLabel: string }) {
  return (
    <Box
      sx={{ typography: 'body2', '& p': { my: 0.5 }, '& pre, & code': { fontFamily: 'monospace' } }}
    >
      <Markdown
        skipHtml
        urlTransform={markdownUrl}
        disallowedElements={['img']}
        unwrapDisallowed
        components={{
          a: ({ href, children: text }: { href?: string; children?: ReactNode }) =>
            href ? (
              <Link href={href} target="_blank" rel="noopener noreferrer" title={newTabLabel}>
                {text}
              </Link>
            ) : (
              <>{text}</>
            ),
        }}
      >
        {children}
      </Markdown>
    </Box>
  );
}
