import { ApiError } from '../api/client';

/** The API's messages for a list field and its items: `regions` and `regions[0]`, `regions[1]`... */
export function listFieldErrors(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError)) return [];
  const prefix = field.toLowerCase();
  return Object.entries(error.fieldErrors)
    .filter(([key]) => key.toLowerCase() === prefix || key.toLowerCase().startsWith(prefix + '['))
    .flatMap(([, messages]) => messages);
}

/** The field names a problem carries that belong to a list field, so a form can claim them as shown. */
export function listFieldKeys(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError)) return [];
  const prefix = field.toLowerCase() + '[';
  return Object.keys(error.fieldErrors).filter((key) => key.toLowerCase().startsWith(prefix));
}

/** Words separated by commas, spaces or new lines, without empties. */
export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}

/** The API's messages for one field, when the error is the API's. */
export function fieldMessages(error: unknown, field: string): string[] {
  return error instanceof ApiError ? error.errorsFor(field) : [];
}
