import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { ListSearch, useListParams } from './list-search';

const pageSize = 20;

/**
 * A console's paged list searchable by name, its search and page kept in the address: a card with the search box
 * (and `toolbar` beside it), then the table of the current page or the error with a retry.
 */
export function PagedSearchList<T extends object>({
  queryKey,
  filters = {},
  load,
  columns,
  rowKey,
  scrollX,
  searchLabel,
  tableLabel,
  emptyText,
  countText,
  toolbar,
}: {
  queryKey: string;
  /** Further values the list depends on (filters kept in the address), part of its cache key. */
  filters?: Record<string, unknown>;
  load(query: { limit: number; offset: number; q?: string }): Promise<{ items: T[]; total: number }>;
  columns: ColumnsType<T>;
  rowKey: keyof T & string;
  scrollX: number;
  searchLabel: string;
  /** Names the table's scroll region for keyboard and screen-reader users. */
  tableLabel: string;
  emptyText: string;
  countText(count: number): string;
  toolbar?: ReactNode;
}) {
  const { q, page, set } = useListParams();
  const list = useQuery({
    queryKey: [queryKey, { q, page, ...filters }],
    placeholderData: keepPreviousData,
    queryFn: () => load({ limit: pageSize, offset: (page - 1) * pageSize, ...(q ? { q } : {}) }),
  });
  const search = <ListSearch label={searchLabel} value={q} onSearch={(v) => set('q', v)} />;
  return (
    <Card>
      {toolbar ? (
        <Space wrap size={[12, 0]} align="start">
          {search}
          {toolbar}
        </Space>
      ) : (
        search
      )}
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable<T>
          label={tableLabel}
          rowKey={rowKey}
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: scrollX }}
          locale={{ emptyText }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: countText,
            onChange: (next) => set('page', next > 1 ? String(next) : undefined),
          }}
        />
      )}
    </Card>
  );
}
