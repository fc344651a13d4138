import { Input } from 'antd';
import { useSearchParams } from 'react-router';

/** The `q` and `page` of a paged list, kept in the address. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  return { params, q, page, set };
}

/** A list's search box (at most the 60 characters the API takes). */
export function ListSearch({ label, value, onSearch }: { label: string; value: string; onSearch(value: string | undefined): void }) {
  return <Input.Search aria-label={label} placeholder={label} allowClear maxLength={60} defaultValue={value} onSearch={(v) => onSearch(v.trim() || undefined)} style={{ width: 320, maxWidth: '100%', marginBottom: 16 }} />;
}
