import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

const managedRule = (name: string, priority: number, countOnly: string[] = []): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: {
    managedRuleGroupStatement: {
      vendorName: 'AWS',
      name,
      ...(countOnly.length > 0 && {
        ruleActionOverrides: countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
      }),
    },
  },
  visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: name },
});

/**
 * AWS WAF in front of the API stage: AWS managed rule groups and a per-IP rate limit, logged to the
 * data stack's firewall log (FirewallLog), so that nothing here outlives the stack.
 */
export class ApiFirewall extends Construct {
  constructor(
    scope: Construct,
    id: string,
    props: { stage: apigateway.Stage; requestsPerFiveMinutesPerIp: number; logDestinationArn: string },
  ) {
    super(scope, id);
    const acl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: 'TawasulApi' },
      rules: [
        managedRule('AWSManagedRulesAmazonIpReputationList', 0),
        // The common set blocks bodies over 8 KB, but a 4,000-character description in Hindi or
        // Bengali is 12 KB of UTF-8: the functions' own limits (32 KiB, answered 413) decide instead.
        managedRule('AWSManagedRulesCommonRuleSet', 1, ['SizeRestrictions_BODY']),
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 2),
        {
          name: 'PerIpRateLimit',
          priority: 3,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: props.requestsPerFiveMinutesPerIp, aggregateKeyType: 'IP' } },
          visibilityConfig: {
            sampledRequestsEnabled: true,
            cloudWatchMetricsEnabled: true,
            metricName: 'PerIpRateLimit',
          },
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', { resourceArn: props.stage.stageArn, webAclArn: acl.attrArn });
    new wafv2.CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: acl.attrArn,
      logDestinationConfigs: [props.logDestinationArn],
      // Paths name employees by iqama number, and cursors carry numbers too: neither reaches the log.
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { uriPath: {} }, { queryString: {} }],
    });
  }
}
