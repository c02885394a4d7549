import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { forgetAdminToken, readAdminToken, rememberAdminToken } from '../../api/instructor'
import { queryKeys } from '../../api/query-keys'
import { LandscapesPage } from './landscapes-page'
import { SignInPage } from './sign-in-page'

/**
 * The instructor page: asks for the server's admin token once per tab, then lists the landscapes.
 * A token the server refuses (401) is forgotten and asked for again, with the reason.
 */
export function InstructorPage() {
  const client = useQueryClient()
  const [signedIn, setSignedIn] = useState(() => readAdminToken() !== undefined)
  const [rejected, setRejected] = useState(false)
  if (!signedIn)
    return (
      <SignInPage
        rejected={rejected}
        onSignIn={(token) => {
          rememberAdminToken(token)
          client.removeQueries({ queryKey: queryKeys.instructor })
          setRejected(false)
          setSignedIn(true)
        }}
      />
    )
  const signOut = (refused: boolean) => {
    forgetAdminToken()
    client.removeQueries({ queryKey: queryKeys.instructor })
    setRejected(refused)
    setSignedIn(false)
  }
  return <LandscapesPage onSignOut={() => signOut(false)} onRejected={() => signOut(true)} />
}
