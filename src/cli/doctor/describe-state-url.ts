/**
 * The gateway state URL as the report may show it: a SQLite path, or a PostgreSQL host, database
 * and schema without user name or password (a postgres:// URL often carries the password).
 */
import { parseStateUrl } from '../../state/parse-state-url.ts';

export function describeStateUrl(url: string, cwd: string): string {
  const location = parseStateUrl(url, cwd);
  switch (location.kind) {
    case 'memory':
      return 'memory: (in-process, lost on exit)';
    case 'sqlite':
      return location.path === ':memory:' ? 'sqlite::memory: (in-process, lost on exit)' : `SQLite file ${location.path}`;
    case 'postgres': {
      const parsed = new URL(location.connectionString);
      const database = parsed.pathname.replace(/^\//, '') || '(default database)';
      return `PostgreSQL ${parsed.hostname}${parsed.port === '' ? '' : `:${parsed.port}`}/${database}${location.schema === undefined ? '' : `, schema ${location.schema}`}`;
    }
    default: {
      const never: never = location;
      throw new Error(`Unknown gateway state kind ${JSON.stringify(never)}`);
    }
  }
}
