import { Table, type TableProps } from 'antd';
import { useEffect, useRef } from 'react';

/** The element Ant Design's table scrolls in: `.ant-table-content`, or `.ant-table-body` with a fixed header. */
const scrollerSelector = '.ant-table-content, .ant-table-body';
const marked = 'data-scroll-region';

/**
 * While a table's scroll container actually scrolls (wider than its box, as on a narrow screen), keyboard users must be
 * able to reach it to scroll it: it is then a named, focusable region (tabindex 0, role region, aria-label). When it
 * fits, it is a plain box again, with no extra tab stop.
 */
function markScrollers(root: HTMLElement, label: string): void {
  root.querySelectorAll<HTMLElement>(scrollerSelector).forEach((scroller) => {
    const scrolls = scroller.scrollWidth > scroller.clientWidth + 1 || scroller.scrollHeight > scroller.clientHeight + 1;
    if (scrolls) {
      if (scroller.getAttribute('tabindex') !== '0') scroller.setAttribute('tabindex', '0');
      if (scroller.getAttribute('role') !== 'region') scroller.setAttribute('role', 'region');
      if (scroller.getAttribute('aria-label') !== label) scroller.setAttribute('aria-label', label);
      scroller.setAttribute(marked, '');
    } else if (scroller.hasAttribute(marked)) {
      for (const name of ['tabindex', 'role', 'aria-label', marked]) scroller.removeAttribute(name);
    }
  });
}

/**
 * Ant Design's Table for every portal, with its horizontal scroll reachable by keyboard: `label` names the table (read
 * out when the scroll region takes focus). Everything else is Table's own props.
 */
export function DataTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const mark = () => markScrollers(root, label);
    mark();
    // Rows arriving, pages turning and the window resizing all change whether the table scrolls.
    const mutations = new MutationObserver(mark);
    mutations.observe(root, { childList: true, subtree: true });
    const sizes = new ResizeObserver(mark);
    sizes.observe(root);
    return () => {
      mutations.disconnect();
      sizes.disconnect();
    };
  }, [label]);
  return (
    <div ref={box} className="data-table">
      <Table<T> {...props} />
    </div>
  );
}
