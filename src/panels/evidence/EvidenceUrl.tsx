import { safeHttpUrl } from './safe-url';

/** An evidence URL: a link when it is a web address, otherwise the text as typed. */
export function EvidenceUrl({ url }: { url: string }) {
  const href = safeHttpUrl(url);
  if (!href) {
    return (
      <span className="evidence-url is-plain" title="Not a web address, so it is not a link">
        {url}
      </span>
    );
  }
  return (
    <a className="evidence-url" href={href} target="_blank" rel="noopener noreferrer">
      {url.trim()}
    </a>
  );
}
