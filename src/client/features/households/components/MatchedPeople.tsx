import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';
import { matchedRanges } from '@shared/domain/name-spelling';
import { maskNik } from '@shared/domain/nik';
import { describePerson, type MatchedPerson } from '../data/search-matches';

/** More than this under one house is a query too short to say much: the rest is counted. */
const SHOWN = 3;

/**
 * The residents the search found in a house, under its row: name with the matched part
 * marked, relation and age; each opens the resident's page. A NIK match shows the NIK masked
 * (`3275••••••••1234`): a search result is read over a shoulder, the whole NIK is on the page.
 */
export function MatchedPeople({
  people,
  query,
}: {
  people: readonly MatchedPerson[];
  query: string;
}) {
  const digits = query.replace(/[\s.-]/g, '');
  const byNumber = /^\d+$/.test(digits);
  return (
    <ul className="hh-matches" aria-label="Warga yang cocok">
      {people.slice(0, SHOWN).map((person) => (
        <li key={person.id}>
          <Link to={paths.resident(person.id)} className="hh-match">
            <span className="hh-match-name">
              {byNumber && person.nik?.startsWith(digits) ? (
                <>
                  {person.name} · NIK <span data-testid="masked-nik">{maskNik(person.nik)}</span>
                </>
              ) : (
                <Marked text={person.name} query={query} />
              )}
            </span>
            <span className="muted small">{describePerson(person)}</span>
          </Link>
        </li>
      ))}
      {people.length > SHOWN && (
        <li className="hh-match-more muted small">dan {people.length - SHOWN} warga lainnya</li>
      )}
    </ul>
  );
}

/** `text` with the parts the query matched (in any spelling) inside `<mark>`. */
function Marked({ text, query }: { text: string; query: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchedRanges(text, query)) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <Fragment>{parts}</Fragment>;
}
