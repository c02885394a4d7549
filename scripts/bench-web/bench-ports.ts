// BENCH_PORT lets the benchmark run beside other checkouts' e2e servers; the bare page sits 5 above.
export const appPort = Number(process.env.BENCH_PORT ?? 4190)
export const barePort = appPort + 5
