import { Component, type ReactNode } from 'react'

/**
 * Shows `fallback` instead of children that failed to render, e.g. because their lazily loaded
 * chunk could not be fetched (offline after an update): the screen stays useful without them.
 */
export class LazyFallbackBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
