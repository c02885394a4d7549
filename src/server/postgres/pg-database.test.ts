import { describe, expect, it } from 'vitest'
import { describeConnection } from './pg-database'

describe('describeConnection', () => {
  it('names host or socket directory and database, never the user or password', () => {
    expect(describeConnection('postgres://lab:secret@db.example.com:5432/rotation')).toBe(
      'PostgreSQL at db.example.com:5432/rotation',
    )
    // The form .ci/run uses: Debian's socket, no host (new URL refuses it).
    expect(describeConnection('postgresql://root@/rotation_lab_test?host=/var/run/postgresql')).toBe(
      'PostgreSQL at /var/run/postgresql/rotation_lab_test',
    )
    expect(describeConnection('postgresql:///rotation')).toBe('PostgreSQL at localhost/rotation')
    expect(describeConnection('not a url')).toBe('PostgreSQL')
  })
})
