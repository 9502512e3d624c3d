import { describe, expect, it } from 'vitest';
import {
  emptyState, exportUrl, filterParams, listApiParams, modeOf, parseListState, toUrlParams, withFilter, withSort, withTag, type ListState,
} from './listState';

const parse = (search: string) => parseListState(new URLSearchParams(search));

describe('asset list state in the URL', () => {
  it('reads includes, excludes, repeated and comma-separated values, tags, search, sort, page size and cursor', () => {
    const state = parse('service=ec2,rds&service=s3&region.exclude=us-east-1&tag=env=prod&tag=team=a,b&tag.exclude=tmp&q=web&sort=-lastChangedAt&pageSize=100&cursor=abc');

    expect(state.include).toEqual({ service: ['ec2', 'rds', 's3'] });
    expect(state.exclude).toEqual({ region: ['us-east-1'] });
    expect(state.tags).toEqual(['env=prod', 'team=a,b']);
    expect(state.tagsExclude).toEqual(['tmp']);
    expect(state.q).toBe('web');
    expect(state.sort).toBe('-lastChangedAt');
    expect(state.pageSize).toBe(100);
    expect(state.cursor).toBe('abc');
  });

  it('writes the same view back, so a link reproduces it', () => {
    const search = 'service=ec2%2Crds&region.exclude=us-east-1&tag=env%3Dprod&tag=team%3Da%2Cb&q=web&sort=-name&pageSize=100';
    expect(toUrlParams(parse(search)).toString()).toBe(search);
    expect(parse(toUrlParams(parse(search)).toString())).toEqual(parse(search));
  });

  it('leaves defaults out of the URL and ignores unknown sorts and page sizes', () => {
    expect(toUrlParams(emptyState).toString()).toBe('');
    expect(parse('sort=-bogus&pageSize=5000')).toEqual(emptyState);
  });

  it('moves a value between include, exclude and neither, starting again at the first page', () => {
    let state: ListState = { ...parse('service=ec2'), cursor: 'page2' };
    state = withFilter(state, 'service', 'rds', 'exclude');
    expect(state.include.service).toEqual(['ec2']);
    expect(state.exclude.service).toEqual(['rds']);
    expect(state.cursor).toBeNull();
    expect(modeOf(state, 'service', 'rds')).toBe('exclude');

    state = withFilter(state, 'service', 'rds', 'include');
    expect(state.include.service).toEqual(['ec2', 'rds']);
    expect(state.exclude.service).toBeUndefined();

    state = withFilter(withFilter(state, 'service', 'rds', null), 'service', 'ec2', null);
    expect(state.include).toEqual({});
    expect(modeOf(state, 'service', 'ec2')).toBeNull();
  });

  it('toggles tags and sorts', () => {
    const state = withTag(withTag(emptyState, 'env=prod', 'include'), 'tmp', 'exclude');
    expect(toUrlParams(state).toString()).toBe('tag=env%3Dprod&tag.exclude=tmp');
    expect(withTag(state, 'env=prod', null).tags).toEqual([]);

    expect(withSort(emptyState, 'owner').sort).toBe('owner');
    expect(withSort(withSort(emptyState, 'owner'), 'owner').sort).toBe('-owner');
    expect(withSort(emptyState, 'name').sort).toBe('-name');
  });

  it('asks the list for a page with its total, and exports exactly the filters, search and sort without paging', () => {
    const state = parse('service=ec2&q=web&sort=-name&pageSize=25&cursor=abc&tag=env=prod');

    expect(listApiParams(state).toString()).toBe('service=ec2&tag=env%3Dprod&q=web&sort=-name&pageSize=25&cursor=abc&includeTotal=true');
    expect(exportUrl(state, 'csv')).toBe('/api/assets/export.csv?service=ec2&tag=env%3Dprod&q=web&sort=-name');
    expect(exportUrl(state, 'xlsx')).toBe('/api/assets/export.xlsx?service=ec2&tag=env%3Dprod&q=web&sort=-name');
  });
});

describe('facet counts', () => {
  it('count a field under every filter but its own', async () => {
    const { withoutField } = await import('./useFacetOptions');
    const state = parse('service=ec2&service.exclude=s3&region=eu-west-1&q=web');
    expect(filterParams(withoutField(state, 'service')).toString()).toBe('region=eu-west-1&q=web');
  });
});
