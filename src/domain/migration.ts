import type { ChangeLog } from './change-log'
import type { CommunicationSystem, RotationState } from './types'

/**
 * The users SAP migrates at the rotations of one clock move. A ten-year jump rotates twenty
 * times over tens of thousands of users, so users on default certificates are found once,
 * followed through every rotation in flat arrays, and each system is copied at most once.
 * Every rotation writes one record per user it moves, as one migration batch (column arrays,
 * not 20,000 objects: docs/decisions/009-trust-models.md).
 */
export class MigrationPlan {
  private readonly systemIndexes: number[] = []
  private readonly userIndexes: number[] = []
  private readonly systemIds: string[] = []
  private readonly userIds: string[] = []
  private readonly userNames: string[] = []
  private readonly currentCertificate: string[] = []
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
        this.systemIds.push(system.systemId)
        this.userIds.push(user.id)
        this.userNames.push(user.userName)
        this.currentCertificate.push(certificateId)
      })
    })
  }

  /** A rotation: every user still on the expiring certificate moves to the new default, one record each. */
  rotate(expiringId: string, defaultId: string, date: string, log: ChangeLog): void {
    this.rotations++
    const systemIds: string[] = []
    const userIds: string[] = []
    const userNames: string[] = []
    for (let i = 0; i < this.currentCertificate.length; i++) {
      if (this.currentCertificate[i] !== expiringId) continue
      this.currentCertificate[i] = defaultId
      systemIds.push(this.systemIds[i] as string)
      userIds.push(this.userIds[i] as string)
      userNames.push(this.userNames[i] as string)
      const systemIndex = this.systemIndexes[i] ?? 0
      if (this.lastRotationTouched[systemIndex] !== this.rotations) {
        this.lastRotationTouched[systemIndex] = this.rotations
        this.versionBumps[systemIndex] = (this.versionBumps[systemIndex] ?? 0) + 1
      }
    }
    if (userIds.length === 0) return
    this.changed = true
    log.addMigrationBatch({
      date,
      fromCertificateId: expiringId,
      toCertificateId: defaultId,
      systemIds,
      userIds,
      userNames,
    })
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
