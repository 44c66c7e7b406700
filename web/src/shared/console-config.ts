/**
 * What the console reads from `/config.json` at load: the same bundle serves every stage, and the
 * stage (or the local runtime) writes this file beside it.
 */
export interface ConsoleConfig {
  /** The API's base URL without a trailing slash; '' when the API answers on the console's own origin. */
  apiUrl: string;
  /** An OAuth 2.0 authorization server taking the authorization code with PKCE (S256), as Cognito's does. */
  signIn: {
    authorizeUrl: string;
    tokenUrl: string;
    /** Ends the server's own session too, then returns to `logout_uri`. */
    logoutUrl: string;
    clientId: string;
    /** The identity provider sign-in goes to straight away, when the stage federates one. */
    identityProvider?: string;
  };
}
