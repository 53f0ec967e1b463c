{{/* Names, labels and the pieces every ChainSignal workload shares. */}}

{{- define "chainsignal.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "chainsignal.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: chainsignal
{{- end -}}

{{/* Selector labels of one workload; argument: dict "root" $ "component" name */}}
{{- define "chainsignal.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "chainsignal.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "chainsignal.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The image of one service; argument: dict "root" $ "artifact" "listener-service" */}}
{{- define "chainsignal.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.repository .artifact (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{/*
Kafka settings shared by every service, as flat Spring Boot keys. The authentication mechanism decides the
spring.kafka.* keys; secrets (SCRAM's JAAS line) come in through environment variables from Secrets instead.
*/}}
{{- define "chainsignal.kafkaConfig" -}}
{{- $auth := .Values.kafka.auth -}}
spring.kafka.bootstrap-servers: {{ .Values.kafka.bootstrapServers | quote }}
{{- if eq $auth.mechanism "tls" }}
spring.kafka.security.protocol: SSL
{{- if $auth.tls.truststoreSecret }}
spring.kafka.ssl.trust-store-type: PEM
spring.kafka.ssl.trust-store-location: {{ printf "file:/etc/chainsignal-kafka-tls/%s" $auth.tls.truststoreKey | quote }}
{{- end }}
{{- else if eq $auth.mechanism "scram" }}
spring.kafka.security.protocol: SASL_SSL
spring.kafka.properties.sasl.mechanism: {{ $auth.scram.saslMechanism }}
{{- else if eq $auth.mechanism "iam" }}
spring.kafka.security.protocol: SASL_SSL
spring.kafka.properties.sasl.mechanism: AWS_MSK_IAM
spring.kafka.properties.sasl.jaas.config: "software.amazon.msk.auth.iam.IAMLoginModule required;"
spring.kafka.properties.sasl.client.callback.handler.class: software.amazon.msk.auth.iam.IAMClientCallbackHandler
{{- end }}
{{- end -}}

{{/* Environment variables every service gets: where the ConfigMap is, and Kafka secrets. */}}
{{- define "chainsignal.commonEnv" -}}
- name: SPRING_CONFIG_ADDITIONAL_LOCATION
  value: file:/etc/chainsignal/
{{- if eq .Values.kafka.auth.mechanism "scram" }}
- name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ required "kafka.auth.scram.jaasConfigSecret is required with mechanism scram" .Values.kafka.auth.scram.jaasConfigSecret }}
      key: {{ .Values.kafka.auth.scram.jaasConfigKey }}
{{- end }}
{{- end -}}

{{/* API key hashes of the tenants, from Secrets. */}}
{{- define "chainsignal.apiKeyEnv" -}}
{{- range .Values.apiKeys }}
- name: {{ printf "CHAINSIGNAL_SECURITY_API_KEYS_%s" (.tenant | upper | replace "-" "") }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .key }}
{{- end }}
{{- end -}}

{{/*
One service's Deployment. Argument: dict "root" $ "component" name "artifact" artifact id "port" HTTP port
"replicas" n-or-nil "strategy" type "resources" map "env" extra env YAML string "checksum" of its ConfigMap.
*/}}
{{- define "chainsignal.deployment" -}}
{{- $root := .root -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "chainsignal.fullname" $root }}-{{ .component }}
  labels:
    {{- include "chainsignal.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  {{- if .replicas }}
  replicas: {{ .replicas }}
  {{- end }}
  revisionHistoryLimit: 3
  strategy:
    type: {{ .strategy }}
  selector:
    matchLabels:
      {{- include "chainsignal.selectorLabels" (dict "root" $root "component" .component) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "chainsignal.selectorLabels" (dict "root" $root "component" .component) | nindent 8 }}
        app.kubernetes.io/part-of: chainsignal
      annotations:
        checksum/config: {{ .checksum }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ .port | quote }}
        prometheus.io/path: /actuator/prometheus
    spec:
      serviceAccountName: {{ include "chainsignal.serviceAccountName" $root }}
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: 60
      containers:
        - name: {{ .component }}
          image: {{ include "chainsignal.image" (dict "root" $root "artifact" .artifact) }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          securityContext:
            {{- toYaml $root.Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ .port }}
              protocol: TCP
          env:
            {{- include "chainsignal.commonEnv" $root | nindent 12 }}
            {{- with .env }}
            {{- . | nindent 12 }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
          resources:
            {{- toYaml .resources | nindent 12 }}
          volumeMounts:
            - name: config
              mountPath: /etc/chainsignal
              readOnly: true
            - name: tmp
              mountPath: /tmp
            {{- if and (eq $root.Values.kafka.auth.mechanism "tls") $root.Values.kafka.auth.tls.truststoreSecret }}
            - name: kafka-tls
              mountPath: /etc/chainsignal-kafka-tls
              readOnly: true
            {{- end }}
      volumes:
        - name: config
          configMap:
            name: {{ include "chainsignal.fullname" $root }}-{{ .component }}
        - name: tmp
          emptyDir: {}
        {{- if and (eq $root.Values.kafka.auth.mechanism "tls") $root.Values.kafka.auth.tls.truststoreSecret }}
        - name: kafka-tls
          secret:
            secretName: {{ $root.Values.kafka.auth.tls.truststoreSecret }}
        {{- end }}
      {{- with $root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* One service's ConfigMap; argument: dict "root" $ "component" name "config" YAML string */}}
{{- define "chainsignal.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "chainsignal.fullname" .root }}-{{ .component }}
  labels:
    {{- include "chainsignal.labels" .root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
data:
  application.yaml: |
    {{- .config | nindent 4 }}
{{- end -}}

{{/* One service's ClusterIP Service; argument: dict "root" $ "component" name */}}
{{- define "chainsignal.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "chainsignal.fullname" .root }}-{{ .component }}
  labels:
    {{- include "chainsignal.labels" .root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  type: ClusterIP
  selector:
    {{- include "chainsignal.selectorLabels" (dict "root" .root "component" .component) | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
{{- end -}}

{{/* PodDisruptionBudget; argument: dict "root" $ "component" name "maxUnavailable" n */}}
{{- define "chainsignal.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "chainsignal.fullname" .root }}-{{ .component }}
  labels:
    {{- include "chainsignal.labels" .root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  maxUnavailable: {{ .maxUnavailable }}
  selector:
    matchLabels:
      {{- include "chainsignal.selectorLabels" (dict "root" .root "component" .component) | nindent 6 }}
{{- end -}}

{{/*
HorizontalPodAutoscaler of a consumer; argument: dict "root" $ "component" name "autoscaling" map. More replicas than
token-transfers has partitions would sit idle, so the chart refuses them.
*/}}
{{- define "chainsignal.hpa" -}}
{{- $partitions := int .root.Values.kafka.topics.tokenTransfersPartitions -}}
{{- if gt (int .autoscaling.maxReplicas) $partitions -}}
{{- fail (printf "%s.autoscaling.maxReplicas (%d) exceeds kafka.topics.tokenTransfersPartitions (%d): consumers beyond the partition count get no partition" .component (int .autoscaling.maxReplicas) $partitions) -}}
{{- end -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "chainsignal.fullname" .root }}-{{ .component }}
  labels:
    {{- include "chainsignal.labels" .root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "chainsignal.fullname" .root }}-{{ .component }}
  minReplicas: {{ .autoscaling.minReplicas }}
  maxReplicas: {{ .autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .autoscaling.targetCPUUtilizationPercentage }}
{{- end -}}
