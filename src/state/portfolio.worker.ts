// The portfolio's reading and computing, off the page's thread: 50,000 rows of .xlsx take seconds,
// during which the page must keep answering (issue 17). The same session runs on the page in tests.
// Started when the portfolio page opens, so that the engine and the annex are ready before a file is.
import { findCertification } from '../catalog/lookup.ts';
import { PortfolioSession, type PortfolioRequest } from './portfolio-session.ts';

const session = new PortfolioSession(findCertification, (event) => self.postMessage(event));

self.onmessage = (event: MessageEvent<PortfolioRequest>) => void session.handle(event.data);
