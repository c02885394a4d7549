// Vitest project api-over-http: the handler tests run against a real lab server over HTTP.
import { useApiTestHost } from '../mocks/testing/api-server'
import { startApiOverHttp } from './api-over-http'

useApiTestHost(startApiOverHttp)
