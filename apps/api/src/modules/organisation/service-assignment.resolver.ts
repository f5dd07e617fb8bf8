import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { required } from '../../graphql/batch-loaders';
import { AssignServiceInput } from './dto/assign-service.input';
import { EndServiceAssignmentInput } from './dto/end-service-assignment.input';
import { ServiceAssignmentsArgs } from './dto/service-assignments.args';
import { UpdateServiceAssignmentCostShareInput } from './dto/update-service-assignment-cost-share.input';
import { Municipality } from './municipality.model';
import { ServiceArea } from './service-area.model';
import { ServiceAssignment } from './service-assignment.model';
import { ServiceAssignmentService } from './service-assignment.service';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@ObjectType()
export class ServiceAssignmentConnection extends Connection(
  ServiceAssignment,
  'ServiceAssignmentConnection',
) {}

@Resolver(() => ServiceAssignment)
@UseGuards(SignedInGuard)
export class ServiceAssignmentResolver {
  constructor(private readonly serviceAssignmentService: ServiceAssignmentService) {}

  @Query(() => ServiceAssignmentConnection, {
    description:
      'The assignment matrix gemeente × service area of an organisation, by service area and gemeente',
  })
  serviceAssignments(@CurrentViewer() viewer: Viewer, @Args() args: ServiceAssignmentsArgs) {
    return this.serviceAssignmentService.list(viewer, args);
  }

  @Mutation(() => ServiceAssignment, {
    description:
      'A gemeente places a service area with the organisation; CONFLICT when it already has it on that day',
  })
  assignService(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AssignServiceInput,
  ): Promise<ServiceAssignment> {
    return this.serviceAssignmentService.assign(viewer, input);
  }

  @Mutation(() => ServiceAssignment)
  endServiceAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EndServiceAssignmentInput,
  ): Promise<ServiceAssignment> {
    return this.serviceAssignmentService.end(viewer, input);
  }

  @Mutation(() => ServiceAssignment)
  updateServiceAssignmentCostShare(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateServiceAssignmentCostShareInput,
  ): Promise<ServiceAssignment> {
    return this.serviceAssignmentService.updateCostShare(viewer, input);
  }

  @ResolveField(() => ServiceArea)
  async serviceArea(@Parent() assignment: ServiceAssignment, @Context() context: RequestContext) {
    return required(await context.loaders.serviceAreaById.load(assignment.serviceAreaId), 'ServiceArea');
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() assignment: ServiceAssignment, @Context() context: RequestContext) {
    return required(await context.loaders.municipalityById.load(assignment.municipalityId), 'Municipality');
  }
}
