import { InstructorPage } from './instructor-page'
import './instructor.css'

/** The instructor page's one screen (src/instructor-router.tsx loads it when the page opens). */
export function AppRoutes() {
  return <InstructorPage />
}
