// Vitest project api-over-http: the handler tests run against a real lab server over HTTP.
import { allowCaKeyExport } from '../mocks/pki/web-crypto'
import { useApiTestHost } from '../mocks/testing/api-server'
import { startApiOverHttp } from './api-over-http'

// A server host, before any scenario is built: the files of a worker share the scenario builds,
// and a CA key made by a file on its own store must still be sealable by the next file's database.
allowCaKeyExport()
useApiTestHost(startApiOverHttp)
