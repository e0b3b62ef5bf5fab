import { Link } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';

export default function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className="card" data-testid="not-found">
        <p>There is nothing here, or it is not part of your account.</p>
        <Link to="/">Go to the overview</Link>
      </div>
    </>
  );
}
