/**
 * Contains a failure to the part of the page it wraps: the rest of the Atlas keeps working and the
 * user sees what broke, never a blank page.
 */
import { Component, type ReactNode } from 'react';
import { resetImportedLayers } from '../import/resetLayers';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

interface Props {
  children: ReactNode;
  /** Short name of the part, for the message. */
  part: string;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`[${this.props.part}]`, error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const m = messagesFor(useAtlasStore.getState().lang);
    return (
      <div className="part-error" role="alert">
        {m.partFailed(this.props.part)}{' '}
        <button type="button" onClick={() => this.setState({ error: null })}>
          {m.retry}
        </button>
        {/* A stored layer the part cannot show would break it again after every reload: offer the way out here. */}
        {useAtlasStore.getState().importedLayers.length > 0 && (
          <button
            type="button"
            onClick={() => {
              resetImportedLayers();
              this.setState({ error: null });
            }}
          >
            {m.layers.resetImports}
          </button>
        )}
      </div>
    );
  }
}
