// Node's WebCrypto stands in for the browser's, so certificate code runs unchanged in unit tests.
import 'reflect-metadata'
