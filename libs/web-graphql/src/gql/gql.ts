/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CatalogueMetrics {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.CatalogueMetricsDocument,
    "\n  query AnnotationLog {\n    annotations {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n    metrics {\n      code\n      label\n    }\n  }\n": typeof types.AnnotationLogDocument,
    "\n  mutation AddAnnotation($period: String!, $text: String!, $metric: String) {\n    addAnnotation(period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n": typeof types.AddAnnotationDocument,
    "\n  mutation UpdateAnnotation($id: ID!, $period: String!, $text: String!, $metric: String) {\n    updateAnnotation(id: $id, period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n": typeof types.UpdateAnnotationDocument,
    "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n": typeof types.DeleteAnnotationDocument,
    "\n  query ReleaseDetail($id: ID!) {\n    releaseDraft(id: $id) {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      options {\n        minContributors\n        roundingBase\n        noise {\n          rho\n          epsilon\n          delta\n          seriesSpentRho\n          seriesLimitRho\n        }\n      }\n      error\n      checksum\n      cellCount\n      definitionVersions\n      changelog\n      builtAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n    }\n    previousRelease(releaseId: $id) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.ReleaseDetailDocument,
    "\n  query ReleaseCellFacets($id: ID!) {\n    releaseCellFacets(releaseId: $id) {\n      metrics\n      scopes\n      dimensions\n    }\n    metrics {\n      code\n      label\n    }\n  }\n": typeof types.ReleaseCellFacetsDocument,
    "\n  query ReleaseCells(\n    $id: ID!\n    $metric: String\n    $scope: String\n    $dimension: String\n    $suppressedOnly: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    releaseCells(\n      releaseId: $id\n      metric: $metric\n      scope: $scope\n      dimension: $dimension\n      suppressedOnly: $suppressedOnly\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      cells {\n        metric\n        scope\n        period\n        dimension\n        dimensionValue\n        value\n        suppression\n      }\n    }\n  }\n": typeof types.ReleaseCellsDocument,
    "\n  query ReleaseFlags($id: ID!) {\n    spikes: releaseStatistics(releaseId: $id, kind: \"spike\") {\n      kind\n      metric\n      period\n      data\n    }\n    shifts: releaseStatistics(releaseId: $id, kind: \"level_shift\") {\n      kind\n      metric\n      period\n      data\n    }\n    metrics {\n      code\n      label\n    }\n  }\n": typeof types.ReleaseFlagsDocument,
    "\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishReleaseDocument,
    "\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": typeof types.WithdrawReleaseDocument,
    "\n  query AllReleases {\n    allReleases {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      cellCount\n      builtAt\n      publishedAt\n    }\n  }\n": typeof types.AllReleasesDocument,
    "\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateReleaseDocument,
    "\n  query CurrentFigures($id: ID!) {\n    submission(id: $id) {\n      id\n      period\n      version\n      status\n      attributed\n      figures {\n        metric\n        value\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n": typeof types.CurrentFiguresDocument,
    "\n  mutation ValidateFigures($input: SubmissionInput!) {\n    validateFigures(input: $input) {\n      ...SubmissionReportFields\n    }\n  }\n": typeof types.ValidateFiguresDocument,
    "\n  mutation SubmitFigures($input: SubmissionInput!, $idempotencyKey: String) {\n    submitFigures(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SubmissionReportFields\n    }\n  }\n": typeof types.SubmitFiguresDocument,
    "\n  query PeriodHistory($organizationId: ID!, $period: String!) {\n    submissions(organizationId: $organizationId, period: $period) {\n      id\n      period\n      version\n      status\n      source\n      attributed\n      figureCount\n      createdAt\n      reviewedAt\n      reviewNote\n    }\n  }\n": typeof types.PeriodHistoryDocument,
    "\n  query SubmissionComparison($id: ID!) {\n    submissionComparison(id: $id) {\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        reviewedAt\n        reviewNote\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n      previous {\n        id\n        version\n        status\n        createdAt\n      }\n      changes {\n        metric\n        change\n        previous\n        current\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n": typeof types.SubmissionComparisonDocument,
    "\n  query PeriodStatuses($organizationId: ID!, $count: Int!) {\n    periodStatuses(organizationId: $organizationId, count: $count) {\n      period\n      status\n      version\n      submissionId\n      deadline\n      overdue\n    }\n  }\n": typeof types.PeriodStatusesDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    organizationId\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($organizationId: ID!, $name: String!) {\n    createApiKey(organizationId: $organizationId, name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      previousVersion\n      warnings {\n        row\n        column\n        code\n        message\n        period\n        metric\n      }\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewSubmission($id: ID!, $decision: String!, $note: String) {\n    reviewSubmission(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewedAt\n      reviewNote\n    }\n  }\n": typeof types.ReviewSubmissionDocument,
    "\n  fragment SessionViewer on Viewer {\n    kind\n    label\n    networkStaff\n    networkAdmin\n    account {\n      id\n      email\n      displayName\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n          slug\n          country\n          cadence\n        }\n      }\n    }\n  }\n": typeof types.SessionViewerFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionViewer\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment SubmissionReportFields on SubmissionReport {\n    ok\n    replayed\n    errors {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    warnings {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    submissions {\n      id\n      period\n      version\n      status\n      source\n      figureCount\n      createdAt\n    }\n  }\n": typeof types.SubmissionReportFieldsFragmentDoc,
    "\n  query SubmissionCatalogue {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.SubmissionCatalogueDocument,
    "\n  mutation SubmitCsv(\n    $organizationId: ID!\n    $csv: String!\n    $idempotencyKey: String\n    $attributed: Boolean!\n    $dryRun: Boolean!\n  ) {\n    submitCsv(\n      organizationId: $organizationId\n      csv: $csv\n      idempotencyKey: $idempotencyKey\n      attributed: $attributed\n      dryRun: $dryRun\n    ) {\n      ...SubmissionReportFields\n    }\n  }\n": typeof types.SubmitCsvDocument,
    "\n  query TrendMetrics {\n    metrics {\n      code\n      label\n      unit\n      requiredDimension\n    }\n  }\n": typeof types.TrendMetricsDocument,
    "\n  query NetworkTotals($metric: String!, $grain: TotalsGrain!) {\n    networkTotals(metric: $metric, grain: $grain) {\n      period\n      value\n      withheld\n    }\n  }\n": typeof types.NetworkTotalsDocument,
};
const documents: Documents = {
    "\n  query CatalogueMetrics {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.CatalogueMetricsDocument,
    "\n  query AnnotationLog {\n    annotations {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n    metrics {\n      code\n      label\n    }\n  }\n": types.AnnotationLogDocument,
    "\n  mutation AddAnnotation($period: String!, $text: String!, $metric: String) {\n    addAnnotation(period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n": types.AddAnnotationDocument,
    "\n  mutation UpdateAnnotation($id: ID!, $period: String!, $text: String!, $metric: String) {\n    updateAnnotation(id: $id, period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n": types.UpdateAnnotationDocument,
    "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n": types.DeleteAnnotationDocument,
    "\n  query ReleaseDetail($id: ID!) {\n    releaseDraft(id: $id) {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      options {\n        minContributors\n        roundingBase\n        noise {\n          rho\n          epsilon\n          delta\n          seriesSpentRho\n          seriesLimitRho\n        }\n      }\n      error\n      checksum\n      cellCount\n      definitionVersions\n      changelog\n      builtAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n    }\n    previousRelease(releaseId: $id) {\n      id\n      title\n      version\n    }\n  }\n": types.ReleaseDetailDocument,
    "\n  query ReleaseCellFacets($id: ID!) {\n    releaseCellFacets(releaseId: $id) {\n      metrics\n      scopes\n      dimensions\n    }\n    metrics {\n      code\n      label\n    }\n  }\n": types.ReleaseCellFacetsDocument,
    "\n  query ReleaseCells(\n    $id: ID!\n    $metric: String\n    $scope: String\n    $dimension: String\n    $suppressedOnly: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    releaseCells(\n      releaseId: $id\n      metric: $metric\n      scope: $scope\n      dimension: $dimension\n      suppressedOnly: $suppressedOnly\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      cells {\n        metric\n        scope\n        period\n        dimension\n        dimensionValue\n        value\n        suppression\n      }\n    }\n  }\n": types.ReleaseCellsDocument,
    "\n  query ReleaseFlags($id: ID!) {\n    spikes: releaseStatistics(releaseId: $id, kind: \"spike\") {\n      kind\n      metric\n      period\n      data\n    }\n    shifts: releaseStatistics(releaseId: $id, kind: \"level_shift\") {\n      kind\n      metric\n      period\n      data\n    }\n    metrics {\n      code\n      label\n    }\n  }\n": types.ReleaseFlagsDocument,
    "\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishReleaseDocument,
    "\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": types.WithdrawReleaseDocument,
    "\n  query AllReleases {\n    allReleases {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      cellCount\n      builtAt\n      publishedAt\n    }\n  }\n": types.AllReleasesDocument,
    "\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateReleaseDocument,
    "\n  query CurrentFigures($id: ID!) {\n    submission(id: $id) {\n      id\n      period\n      version\n      status\n      attributed\n      figures {\n        metric\n        value\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n": types.CurrentFiguresDocument,
    "\n  mutation ValidateFigures($input: SubmissionInput!) {\n    validateFigures(input: $input) {\n      ...SubmissionReportFields\n    }\n  }\n": types.ValidateFiguresDocument,
    "\n  mutation SubmitFigures($input: SubmissionInput!, $idempotencyKey: String) {\n    submitFigures(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SubmissionReportFields\n    }\n  }\n": types.SubmitFiguresDocument,
    "\n  query PeriodHistory($organizationId: ID!, $period: String!) {\n    submissions(organizationId: $organizationId, period: $period) {\n      id\n      period\n      version\n      status\n      source\n      attributed\n      figureCount\n      createdAt\n      reviewedAt\n      reviewNote\n    }\n  }\n": types.PeriodHistoryDocument,
    "\n  query SubmissionComparison($id: ID!) {\n    submissionComparison(id: $id) {\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        reviewedAt\n        reviewNote\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n      previous {\n        id\n        version\n        status\n        createdAt\n      }\n      changes {\n        metric\n        change\n        previous\n        current\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n": types.SubmissionComparisonDocument,
    "\n  query PeriodStatuses($organizationId: ID!, $count: Int!) {\n    periodStatuses(organizationId: $organizationId, count: $count) {\n      period\n      status\n      version\n      submissionId\n      deadline\n      overdue\n    }\n  }\n": types.PeriodStatusesDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    organizationId\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($organizationId: ID!, $name: String!) {\n    createApiKey(organizationId: $organizationId, name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      previousVersion\n      warnings {\n        row\n        column\n        code\n        message\n        period\n        metric\n      }\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewSubmission($id: ID!, $decision: String!, $note: String) {\n    reviewSubmission(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewedAt\n      reviewNote\n    }\n  }\n": types.ReviewSubmissionDocument,
    "\n  fragment SessionViewer on Viewer {\n    kind\n    label\n    networkStaff\n    networkAdmin\n    account {\n      id\n      email\n      displayName\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n          slug\n          country\n          cadence\n        }\n      }\n    }\n  }\n": types.SessionViewerFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionViewer\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment SubmissionReportFields on SubmissionReport {\n    ok\n    replayed\n    errors {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    warnings {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    submissions {\n      id\n      period\n      version\n      status\n      source\n      figureCount\n      createdAt\n    }\n  }\n": types.SubmissionReportFieldsFragmentDoc,
    "\n  query SubmissionCatalogue {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n    countries {\n      code\n      name\n    }\n  }\n": types.SubmissionCatalogueDocument,
    "\n  mutation SubmitCsv(\n    $organizationId: ID!\n    $csv: String!\n    $idempotencyKey: String\n    $attributed: Boolean!\n    $dryRun: Boolean!\n  ) {\n    submitCsv(\n      organizationId: $organizationId\n      csv: $csv\n      idempotencyKey: $idempotencyKey\n      attributed: $attributed\n      dryRun: $dryRun\n    ) {\n      ...SubmissionReportFields\n    }\n  }\n": types.SubmitCsvDocument,
    "\n  query TrendMetrics {\n    metrics {\n      code\n      label\n      unit\n      requiredDimension\n    }\n  }\n": types.TrendMetricsDocument,
    "\n  query NetworkTotals($metric: String!, $grain: TotalsGrain!) {\n    networkTotals(metric: $metric, grain: $grain) {\n      period\n      value\n      withheld\n    }\n  }\n": types.NetworkTotalsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueMetrics {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueMetrics {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnotationLog {\n    annotations {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n    metrics {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query AnnotationLog {\n    annotations {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n    metrics {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAnnotation($period: String!, $text: String!, $metric: String) {\n    addAnnotation(period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddAnnotation($period: String!, $text: String!, $metric: String) {\n    addAnnotation(period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnnotation($id: ID!, $period: String!, $text: String!, $metric: String) {\n    updateAnnotation(id: $id, period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnnotation($id: ID!, $period: String!, $text: String!, $metric: String) {\n    updateAnnotation(id: $id, period: $period, text: $text, metric: $metric) {\n      id\n      metric\n      period\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseDetail($id: ID!) {\n    releaseDraft(id: $id) {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      options {\n        minContributors\n        roundingBase\n        noise {\n          rho\n          epsilon\n          delta\n          seriesSpentRho\n          seriesLimitRho\n        }\n      }\n      error\n      checksum\n      cellCount\n      definitionVersions\n      changelog\n      builtAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n    }\n    previousRelease(releaseId: $id) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  query ReleaseDetail($id: ID!) {\n    releaseDraft(id: $id) {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      options {\n        minContributors\n        roundingBase\n        noise {\n          rho\n          epsilon\n          delta\n          seriesSpentRho\n          seriesLimitRho\n        }\n      }\n      error\n      checksum\n      cellCount\n      definitionVersions\n      changelog\n      builtAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n    }\n    previousRelease(releaseId: $id) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseCellFacets($id: ID!) {\n    releaseCellFacets(releaseId: $id) {\n      metrics\n      scopes\n      dimensions\n    }\n    metrics {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query ReleaseCellFacets($id: ID!) {\n    releaseCellFacets(releaseId: $id) {\n      metrics\n      scopes\n      dimensions\n    }\n    metrics {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseCells(\n    $id: ID!\n    $metric: String\n    $scope: String\n    $dimension: String\n    $suppressedOnly: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    releaseCells(\n      releaseId: $id\n      metric: $metric\n      scope: $scope\n      dimension: $dimension\n      suppressedOnly: $suppressedOnly\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      cells {\n        metric\n        scope\n        period\n        dimension\n        dimensionValue\n        value\n        suppression\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleaseCells(\n    $id: ID!\n    $metric: String\n    $scope: String\n    $dimension: String\n    $suppressedOnly: Boolean!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    releaseCells(\n      releaseId: $id\n      metric: $metric\n      scope: $scope\n      dimension: $dimension\n      suppressedOnly: $suppressedOnly\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      cells {\n        metric\n        scope\n        period\n        dimension\n        dimensionValue\n        value\n        suppression\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseFlags($id: ID!) {\n    spikes: releaseStatistics(releaseId: $id, kind: \"spike\") {\n      kind\n      metric\n      period\n      data\n    }\n    shifts: releaseStatistics(releaseId: $id, kind: \"level_shift\") {\n      kind\n      metric\n      period\n      data\n    }\n    metrics {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query ReleaseFlags($id: ID!) {\n    spikes: releaseStatistics(releaseId: $id, kind: \"spike\") {\n      kind\n      metric\n      period\n      data\n    }\n    shifts: releaseStatistics(releaseId: $id, kind: \"level_shift\") {\n      kind\n      metric\n      period\n      data\n    }\n    metrics {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllReleases {\n    allReleases {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      cellCount\n      builtAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query AllReleases {\n    allReleases {\n      id\n      series\n      version\n      title\n      periodFrom\n      periodTo\n      granularity\n      status\n      progress {\n        step\n        percent\n      }\n      cellCount\n      builtAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentFigures($id: ID!) {\n    submission(id: $id) {\n      id\n      period\n      version\n      status\n      attributed\n      figures {\n        metric\n        value\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentFigures($id: ID!) {\n    submission(id: $id) {\n      id\n      period\n      version\n      status\n      attributed\n      figures {\n        metric\n        value\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateFigures($input: SubmissionInput!) {\n    validateFigures(input: $input) {\n      ...SubmissionReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateFigures($input: SubmissionInput!) {\n    validateFigures(input: $input) {\n      ...SubmissionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFigures($input: SubmissionInput!, $idempotencyKey: String) {\n    submitFigures(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SubmissionReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFigures($input: SubmissionInput!, $idempotencyKey: String) {\n    submitFigures(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SubmissionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodHistory($organizationId: ID!, $period: String!) {\n    submissions(organizationId: $organizationId, period: $period) {\n      id\n      period\n      version\n      status\n      source\n      attributed\n      figureCount\n      createdAt\n      reviewedAt\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  query PeriodHistory($organizationId: ID!, $period: String!) {\n    submissions(organizationId: $organizationId, period: $period) {\n      id\n      period\n      version\n      status\n      source\n      attributed\n      figureCount\n      createdAt\n      reviewedAt\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionComparison($id: ID!) {\n    submissionComparison(id: $id) {\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        reviewedAt\n        reviewNote\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n      previous {\n        id\n        version\n        status\n        createdAt\n      }\n      changes {\n        metric\n        change\n        previous\n        current\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionComparison($id: ID!) {\n    submissionComparison(id: $id) {\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        reviewedAt\n        reviewNote\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n      previous {\n        id\n        version\n        status\n        createdAt\n      }\n      changes {\n        metric\n        change\n        previous\n        current\n        dimensions {\n          dimension\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodStatuses($organizationId: ID!, $count: Int!) {\n    periodStatuses(organizationId: $organizationId, count: $count) {\n      period\n      status\n      version\n      submissionId\n      deadline\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query PeriodStatuses($organizationId: ID!, $count: Int!) {\n    periodStatuses(organizationId: $organizationId, count: $count) {\n      period\n      status\n      version\n      submissionId\n      deadline\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    organizationId\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    organizationId\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($organizationId: ID!) {\n    apiKeys(organizationId: $organizationId) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($organizationId: ID!, $name: String!) {\n    createApiKey(organizationId: $organizationId, name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($organizationId: ID!, $name: String!) {\n    createApiKey(organizationId: $organizationId, name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue {\n      previousVersion\n      warnings {\n        row\n        column\n        code\n        message\n        period\n        metric\n      }\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue {\n      previousVersion\n      warnings {\n        row\n        column\n        code\n        message\n        period\n        metric\n      }\n      submission {\n        id\n        period\n        version\n        status\n        source\n        attributed\n        figureCount\n        createdAt\n        organization {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSubmission($id: ID!, $decision: String!, $note: String) {\n    reviewSubmission(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewedAt\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSubmission($id: ID!, $decision: String!, $note: String) {\n    reviewSubmission(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewedAt\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionViewer on Viewer {\n    kind\n    label\n    networkStaff\n    networkAdmin\n    account {\n      id\n      email\n      displayName\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n          slug\n          country\n          cadence\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionViewer on Viewer {\n    kind\n    label\n    networkStaff\n    networkAdmin\n    account {\n      id\n      email\n      displayName\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n          slug\n          country\n          cadence\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionReportFields on SubmissionReport {\n    ok\n    replayed\n    errors {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    warnings {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    submissions {\n      id\n      period\n      version\n      status\n      source\n      figureCount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SubmissionReportFields on SubmissionReport {\n    ok\n    replayed\n    errors {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    warnings {\n      row\n      column\n      code\n      message\n      period\n      metric\n    }\n    submissions {\n      id\n      period\n      version\n      status\n      source\n      figureCount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionCatalogue {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SubmissionCatalogue {\n    metrics {\n      code\n      label\n      definition\n      submittedBy\n      unit\n      version\n      requiredDimension\n      dimensions {\n        code\n        label\n        definition\n        kind\n        values {\n          code\n          label\n        }\n      }\n    }\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCsv(\n    $organizationId: ID!\n    $csv: String!\n    $idempotencyKey: String\n    $attributed: Boolean!\n    $dryRun: Boolean!\n  ) {\n    submitCsv(\n      organizationId: $organizationId\n      csv: $csv\n      idempotencyKey: $idempotencyKey\n      attributed: $attributed\n      dryRun: $dryRun\n    ) {\n      ...SubmissionReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCsv(\n    $organizationId: ID!\n    $csv: String!\n    $idempotencyKey: String\n    $attributed: Boolean!\n    $dryRun: Boolean!\n  ) {\n    submitCsv(\n      organizationId: $organizationId\n      csv: $csv\n      idempotencyKey: $idempotencyKey\n      attributed: $attributed\n      dryRun: $dryRun\n    ) {\n      ...SubmissionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendMetrics {\n    metrics {\n      code\n      label\n      unit\n      requiredDimension\n    }\n  }\n"): (typeof documents)["\n  query TrendMetrics {\n    metrics {\n      code\n      label\n      unit\n      requiredDimension\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkTotals($metric: String!, $grain: TotalsGrain!) {\n    networkTotals(metric: $metric, grain: $grain) {\n      period\n      value\n      withheld\n    }\n  }\n"): (typeof documents)["\n  query NetworkTotals($metric: String!, $grain: TotalsGrain!) {\n    networkTotals(metric: $metric, grain: $grain) {\n      period\n      value\n      withheld\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;