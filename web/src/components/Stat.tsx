import { formatPages, formatTrees } from '../format';
import './Stat.css';

/** A headline figure: pages and trees of one period. */
export function PeriodStat({ label, pages, trees, testId }: { label: string; pages: number; trees: number; testId?: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-pages={pages}>
        {formatTrees(trees)} <span className="stat-unit">trees</span>
      </div>
      <div className="stat-sub">{formatPages(pages)} standard pages</div>
    </div>
  );
}
