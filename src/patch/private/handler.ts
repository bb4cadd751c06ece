/**
 * The handler of every patch custom resource, as the inline code of one Lambda function per
 * stack (CloudFormation takes at most 4096 characters of inline code). INTERNAL.
 *
 * Why not aws-cdk-lib's `AwsCustomResource`: its handler logs the whole event (templates,
 * parameter values, role ARNs) whatever `logging` says, and it cannot see the previous
 * change on update or tolerate a missing target only on delete.
 *
 * Properties: `Api` (`rest` or `v2`), `Target` (the SDK's id parameters), then either `Apply`
 * (REST: patch operations; v2: UpdateIntegration fields) and optionally `Restore` (the same,
 * applied on delete), or `Deploy` (CreateDeployment parameters, on create and update). `Apply`,
 * `Restore` and `Deploy` are JSON text: CloudFormation hands every other property value to the
 * handler as a string, which would turn `TimeoutInMillis: 10000` into `"10000"`.
 *
 * - Create: apply. Update: when the target is the same, first undo what the previous change did
 *   and the new one does not touch (the previous `Restore` for paths or fields the new `Apply`
 *   leaves alone); when the target moved, restore the old target. Then apply.
 * - Delete: apply `Restore`; a target that is gone (NotFoundException) is success.
 * - REST operations are fitted to the integration as it is (GetIntegration): a `remove` of an
 *   entry that is not there is dropped, `add` of an existing entry becomes `replace` and the
 *   other way round, so re-applying a change is idempotent.
 * - Logs only the request type, the logical id and an error's name: never templates, values,
 *   role ARNs or credentials (responses are sent with NoEcho).
 *
 * `exports.run(event, api)` is the logic, `api(action, input)` one SDK call: tests run it with a
 * recording double of API Gateway.
 */
export const HANDLER_CODE = `const https=require('https');
const gone=e=>e&&(e.name==='NotFoundException'||(e.$metadata&&e.$metadata.httpStatusCode===404));
const key=p=>{const t=p.Target||{};return [t.restApiId||t.ApiId,t.resourceId||t.IntegrationId,t.httpMethod].filter(Boolean).join('/');};
const eq=(a,b)=>JSON.stringify(a)===JSON.stringify(b);
const entry=/^\\/(requestParameters|requestTemplates|cacheKeyParameters)\\/(.+)$/;
const unesc=s=>s.replace(/~1/g,'/').replace(/~0/g,'~');
async function fit(api,p,ops){
  const i=await api('GetIntegration',p.Target);
  const out=[];
  for(const o of ops){
    const m=entry.exec(o.path);
    if(!m){out.push(o);continue;}
    const n=unesc(m[2]);
    const has=m[1]==='cacheKeyParameters'?(i.cacheKeyParameters||[]).includes(n):Object.prototype.hasOwnProperty.call(i[m[1]]||{},n);
    if(o.op==='remove'){if(has)out.push(o);}
    else if(m[1]==='cacheKeyParameters'){if(!has)out.push(o);}
    else out.push({...o,op:has?'replace':'add'});
  }
  return out;
}
async function apply(api,p,change){
  if(p.Api==='rest'){
    const ops=await fit(api,p,change);
    if(ops.length>0)await api('UpdateIntegration',{...p.Target,patchOperations:ops});
  }else if(Object.keys(change).length>0){
    await api('UpdateIntegration',{...p.Target,...change});
  }
}
function stale(o,p){
  if(!o.Restore)return undefined;
  if(o.Api==='rest'){
    const touched=new Set(p.Apply.map(x=>x.path));
    return o.Restore.filter(x=>!touched.has(x.path));
  }
  const r={};
  for(const k of Object.keys(o.Restore))if(!(k in p.Apply))r[k]=o.Restore[k];
  return r;
}
async function tolerant(f){try{await f();}catch(e){if(!gone(e))throw e;}}
const J=s=>typeof s==='string'?JSON.parse(s):s;
const props=x=>x&&{...x,Apply:J(x.Apply),Restore:J(x.Restore),Deploy:J(x.Deploy)};
exports.run=async(e,api)=>{
  const p=props(e.ResourceProperties),o=props(e.OldResourceProperties);
  if(p.Deploy){
    if(e.RequestType==='Delete')return e.PhysicalResourceId;
    const d=await api('CreateDeployment',p.Deploy);
    return d.id||d.DeploymentId;
  }
  if(e.RequestType==='Delete'){
    if(p.Restore)await tolerant(()=>apply(api,p,p.Restore));
    return e.PhysicalResourceId;
  }
  if(e.RequestType==='Update'&&o&&o.Restore){
    if(key(o)!==key(p)||o.Api!==p.Api)await tolerant(()=>apply(api,o,o.Restore));
    else{const s=stale(o,p);if(!eq(s,o.Api==='rest'?[]:{}))await apply(api,p,s);}
  }
  await apply(api,p,p.Apply);
  return e.RequestType==='Create'?key(p):e.PhysicalResourceId;
};
function respond(e,Status,PhysicalResourceId,Reason){
  const body=JSON.stringify({Status,Reason,PhysicalResourceId,StackId:e.StackId,RequestId:e.RequestId,LogicalResourceId:e.LogicalResourceId,NoEcho:true});
  const u=new URL(e.ResponseURL);
  return new Promise((ok,ko)=>{
    const r=https.request({hostname:u.hostname,path:u.pathname+u.search,method:'PUT',headers:{'content-type':'','content-length':Buffer.byteLength(body)}},s=>{s.resume();s.on('end',ok);});
    r.on('error',ko);r.end(body);
  });
}
exports.handler=async e=>{
  console.log(e.RequestType,e.LogicalResourceId);
  let id=e.PhysicalResourceId||e.LogicalResourceId;
  try{
    const v2=e.ResourceProperties.Api==='v2';
    const sdk=require(v2?'@aws-sdk/client-apigatewayv2':'@aws-sdk/client-api-gateway');
    const c=new sdk[v2?'ApiGatewayV2Client':'APIGatewayClient']({});
    id=await exports.run(e,(a,i)=>c.send(new sdk[a+'Command'](i)));
    await respond(e,'SUCCESS',id);
  }catch(err){
    console.log('FAILED',err&&err.name);
    await respond(e,'FAILED',id,String(err&&err.name)+': '+String(err&&err.message).slice(0,500));
  }
};
`;
