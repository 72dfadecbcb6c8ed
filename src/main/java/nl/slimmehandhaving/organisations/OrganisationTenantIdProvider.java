package nl.slimmehandhaving.organisations;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TenantManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every process instance the tenant of its organisation. Models are deployed shared (without tenant);
 * the tenant is decided per instance:
 * <ul>
 *   <li>an instance started by a call activity gets the tenant of its calling (super) execution;</li>
 *   <li>any other instance gets the value of its start variable {@code organisation}, which must be a known
 *       organisation code (else {@link BadUserRequestException}). When a user is authenticated on the engine (engine REST, Tasklist, our API), that
 *       user must belong to the organisation (tenant), unless they are a Camunda administrator; otherwise the
 *       start is refused with an {@link AuthorizationException} (HTTP 403 on the engine REST API).</li>
 *   <li>historic decision instances get the tenant of the execution that evaluated them.</li>
 * </ul>
 * An instance started without {@code organisation} stays shared (no tenant). Registered on the engine by
 * {@link OrganisationTenantConfiguration}.
 */
public class OrganisationTenantIdProvider implements TenantIdProvider {

    public static final String ORGANISATION_VARIABLE = "organisation";

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationTenantIdProvider.class);

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution superExecution = ctx.getSuperExecution();
        if (superExecution != null) {
            return superExecution.getTenantId();
        }
        if (ctx.getSuperCaseExecution() != null) {
            return ctx.getSuperCaseExecution().getTenantId();
        }
        Object organisation = ctx.getVariables() == null ? null : ctx.getVariables().get(ORGANISATION_VARIABLE);
        if (organisation == null) {
            LOG.warn("Process instance of {} started without variable '{}': it gets no tenant",
                    ctx.getProcessDefinition().getKey(), ORGANISATION_VARIABLE);
            return null;
        }
        String code = organisation.toString();
        checkAuthenticatedUserBelongsTo(code, ctx.getProcessDefinition().getKey());
        if (!Organisation.isKnown(code)) {
            throw new BadUserRequestException("Onbekende organisatie / Unknown organisation: '" + code + "'");
        }
        return code;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        if (ctx.getSuperCaseExecution() != null) {
            return ctx.getSuperCaseExecution().getTenantId();
        }
        Object organisation = ctx.getVariables() == null ? null : ctx.getVariables().get(ORGANISATION_VARIABLE);
        return organisation != null && Organisation.isKnown(organisation.toString()) ? organisation.toString() : null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        if (ctx.getCaseExecution() != null) {
            return ctx.getCaseExecution().getTenantId();
        }
        return null;
    }

    private void checkAuthenticatedUserBelongsTo(String tenantId, String processDefinitionKey) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            return;
        }
        TenantManager tenantManager = commandContext.getTenantManager();
        // true only when the tenant check is on, a user is authenticated and that user is no Camunda admin
        if (tenantManager.isTenantCheckEnabled() && !tenantManager.isAuthenticatedTenant(tenantId)) {
            String userId = commandContext.getAuthentication().getUserId();
            throw new AuthorizationException("Gebruiker '" + userId + "' hoort niet bij organisatie '" + tenantId
                    + "' en kan daar geen " + processDefinitionKey + " starten / User '" + userId
                    + "' does not belong to organisation '" + tenantId + "'");
        }
    }
}
