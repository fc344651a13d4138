import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, List, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

/** The public search's results for `q`: subject, service and package names, best matches first, each linking to its filing page. */
export function RegistrySearchResults({ q, filingHref, onClear }: { q: string; filingHref: (number: string) => string; onClear: () => void }) {
  const { t } = useTranslation();
  const results = useInfiniteQuery({
    queryKey: ['public-search', q],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/public/search', { params: { query: { q, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card
      title={<h2 className="card-heading">{t('registrySearch.results', { q })}</h2>}
      className="home-latest"
    >
      {results.isPending ? (
        <Skeleton active aria-label={t('states.loading')} />
      ) : results.isError ? (
        <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <>
          <List
            dataSource={items}
            locale={{ emptyText: t('registrySearch.empty', { q }) }}
            renderItem={(filing) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space wrap size={8}>
                      <a href={filingHref(filing.number)}>{filing.serviceName ?? filing.subjectName}</a>
                      {filing.serviceType ? <Tag>{t(`serviceType.${filing.serviceType}`)}</Tag> : <Tag>{t('registrySearch.subject')}</Tag>}
                      <Tag>{t(`registrySearch.status.${filing.status}`)}</Tag>
                      <Tag bordered={false}>{t(`registrySearch.match.${filing.match}`)}</Tag>
                    </Space>
                  }
                  description={
                    <span className="home-filing-line">
                      <span>{filing.number}</span>
                      {filing.serviceName ? <span>{filing.subjectName}</span> : null}
                    </span>
                  }
                />
              </List.Item>
            )}
          />
          <Space wrap>
            {results.hasNextPage ? (
              <Button onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
                {t('registrySearch.more')}
              </Button>
            ) : null}
            <Button type="link" onClick={onClear}>
              {t('registrySearch.clear')}
            </Button>
          </Space>
        </>
      )}
    </Card>
  );
}
