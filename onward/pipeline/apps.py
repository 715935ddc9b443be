from django.apps import AppConfig


class PipelineConfig(AppConfig):
    name = "onward.pipeline"
    label = "pipeline"
