import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorScreen } from './error-screen'

interface State {
  error: unknown
  hasError: boolean
}

/** The last line of defence around the whole app: never a white page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: undefined, hasError: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever debugs a demo; the screen already tells the user.
    console.error('Rotation Lab crashed', error, info.componentStack)
  }

  render() {
    return this.state.hasError ? <ErrorScreen error={this.state.error} /> : this.props.children
  }
}
