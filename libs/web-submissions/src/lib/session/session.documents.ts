import { graphql } from '@candor/web-graphql';

/** Who is signed in, with the organizations they act for. */
export const sessionViewerFragment = graphql(`
  fragment SessionViewer on Viewer {
    kind
    label
    networkStaff
    networkAdmin
    account {
      id
      email
      displayName
      memberships {
        role
        organization {
          id
          name
          kind
          slug
          country
          cadence
        }
      }
    }
  }
`);

export const sessionQuery = graphql(`
  query Session {
    me {
      ...SessionViewer
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionViewer
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);
