import { Component, type ReactNode } from 'react';
import { ErrorFallback } from './ErrorFallback';

interface Props {
  children: ReactNode;
  /** Called by Retry before the children render again (typically: load the failed query again). */
  onRetry?: () => void;
  title?: string;
}

/** Keeps a failing panel from blanking the page: it shows what went wrong and a Retry in place. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error !== null) {
      return (
        <ErrorFallback error={this.state.error} onRetry={this.retry} title={this.props.title} />
      );
    }
    return this.props.children;
  }
}
