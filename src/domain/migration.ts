import type { ChangeLog } from './change-log'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_EXPIRING,
  type CommunicationSystem,
  type RotationState,
} from './types'

/**
 * The users SAP migrates at the rotations of one clock move. A ten-year jump rotates twenty
 * times over tens of thousands of users, so users on default certificates are found once,
 * followed through every rotation in flat arrays, and each system is copied at most once.
 * A user moved by several rotations in one clock move gets one record for them all
 * (docs/decisions/003-domain-engine-design.md: the certificates in between were never visible).
 */
export class MigrationPlan {
  private readonly systemIndexes: number[] = []
  private readonly userIndexes: number[] = []
  private readonly originalCertificate: string[] = []
  private readonly currentCertificate: string[] = []
  private readonly hops: number[] = []
  private readonly firstHopDate: string[] = []
  private readonly versionBumps: Int32Array
  private readonly lastRotationTouched: Int32Array
  private rotations = 0
  private changed = false

  constructor(
    private readonly state: RotationState,
    defaultCertificateIds: ReadonlySet<string>,
  ) {
    this.versionBumps = new Int32Array(state.systems.length)
    this.lastRotationTouched = new Int32Array(state.systems.length)
    state.systems.forEach((system, systemIndex) => {
      system.outboundUsers.forEach((user, userIndex) => {
        const certificateId = user.clientCertificateId
        if (certificateId === undefined || !defaultCertificateIds.has(certificateId)) return
        this.systemIndexes.push(systemIndex)
        this.userIndexes.push(userIndex)
        this.originalCertificate.push(certificateId)
        this.currentCertificate.push(certificateId)
        this.hops.push(0)
        this.firstHopDate.push('')
      })
    })
  }

  /** A rotation: every user still on the expiring certificate moves to the new default. */
  rotate(expiringId: string, defaultId: string, date: string): void {
    this.rotations++
    for (let i = 0; i < this.currentCertificate.length; i++) {
      if (this.currentCertificate[i] !== expiringId) continue
      this.currentCertificate[i] = defaultId
      if (this.hops[i] === 0) this.firstHopDate[i] = date
      this.hops[i] = (this.hops[i] ?? 0) + 1
      const systemIndex = this.systemIndexes[i] ?? 0
      if (this.lastRotationTouched[systemIndex] !== this.rotations) {
        this.lastRotationTouched[systemIndex] = this.rotations
        this.versionBumps[systemIndex] = (this.versionBumps[systemIndex] ?? 0) + 1
      }
      this.changed = true
    }
  }

  /** One record per migrated user, dated on the last rotation (every migrated user moves at it). */
  record(date: string, log: ChangeLog): void {
    const { systems } = this.state
    for (let i = 0; i < this.currentCertificate.length; i++) {
      const hops = this.hops[i] ?? 0
      if (hops === 0) continue
      const system = systems[this.systemIndexes[i] ?? 0] as CommunicationSystem
      const user = system.outboundUsers[this.userIndexes[i] ?? 0]
      const oldValue = this.originalCertificate[i] ?? ''
      const newValue = this.currentCertificate[i] ?? ''
      const who = `outbound user ${user?.userName ?? ''} of communication system ${system.systemId}`
      const systemId = system.systemId
      const objectId = user?.id ?? ''
      const message =
        hops === 1
          ? `SAP migrated ${who} from ${CLIENT_DEFAULT_EXPIRING} (${oldValue}) to ${CLIENT_DEFAULT} (${newValue}).`
          : `SAP migrated ${who} to ${CLIENT_DEFAULT} at each of ${hops} rotations from ${this.firstHopDate[i] ?? ''} to ${date}: from ${oldValue} to ${newValue}.`
      log.addWithId((id) => ({
        id,
        date,
        actor: 'SAP',
        category: 'Users for Outbound Communication',
        systemId,
        objectId,
        field: 'Client Certificate',
        oldValue,
        newValue,
        message,
      }))
    }
  }

  /** The systems after all rotations: untouched systems are shared, touched ones copied once. */
  apply(): readonly CommunicationSystem[] {
    if (!this.changed) return this.state.systems
    const systems = this.state.systems.slice()
    let i = 0
    while (i < this.systemIndexes.length) {
      const systemIndex = this.systemIndexes[i] ?? 0
      const system = systems[systemIndex] as CommunicationSystem
      const users = system.outboundUsers.slice()
      for (; i < this.systemIndexes.length && this.systemIndexes[i] === systemIndex; i++) {
        const userIndex = this.userIndexes[i] ?? 0
        const user = users[userIndex]
        const certificateId = this.currentCertificate[i]
        if (user && user.clientCertificateId !== certificateId)
          users[userIndex] = { ...user, clientCertificateId: certificateId }
      }
      const bumps = this.versionBumps[systemIndex] ?? 0
      if (bumps > 0)
        systems[systemIndex] = { ...system, outboundUsers: users, version: system.version + bumps }
    }
    return systems
  }
}
